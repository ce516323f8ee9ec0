package dev.dartboard.cli;

import dev.dartboard.export.ExportFormat;
import dev.dartboard.export.RunExporter;
import dev.dartboard.export.arduino.Publisher;
import dev.dartboard.export.card.MeasuredSizes;
import dev.dartboard.flow.ExportFlow;
import dev.dartboard.flow.FlowDefaults;
import dev.dartboard.flow.Flows;
import dev.dartboard.run.RunFolder;
import dev.dartboard.run.RunLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code dartboard export --run RUN --out DIR [--format tflite,c,arduino,card,blob] [--board nano33ble] [--data DIR]
 * [--maintainer 'NAME <EMAIL>'] [--url URL]}: the deployables of a trained run ({@link RunExporter}); the last two go
 * into the Arduino library's library.properties ({@link Publisher}, placeholders by default). Needs {@code RUN/model.int8.json}; with
 * {@code --data} a run that lacks it is quantized first. The card's budget is {@code RUN/budget.json}
 * ({@link dev.dartboard.run.BudgetFile}) when present. Prints the written paths and the card's headline numbers as JSON. Export
 * re-derives: files in {@code --out} are replaced, and {@code OUT/provenance.json} records the int8 model each
 * was made from. An int8 model made from an earlier float model is refused. Holds the run's {@link RunLock}. The work is
 * {@link ExportFlow}, which the pipeline runs too.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export a run: .tflite, C library, Arduino library, model card.")
public final class ExportCommand implements Callable<Integer> {
    public static final String BUDGET = RunFolder.BUDGET;
    @Spec CommandSpec spec;
    @Option(names = "--run", required = true, paramLabel = "RUN", description = "Run folder (trained; quantized unless --data).") Path run;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write.") Path out;
    @Option(names = "--format", split = ",", paramLabel = "F", description = "Any of tflite,c,arduino,card,blob (default: all).") List<String> formats = FlowDefaults.EXPORT_FORMATS;
    @Option(names = "--board", paramLabel = "ID|FILE", description = "Board profile for the card (default ${DEFAULT-VALUE}).") String board = FlowDefaults.BOARD;
    @Option(names = "--data", paramLabel = "DIR", description = "Data set, to quantize a run that has no int8 model yet.") Path data;
    @Option(names = "--cache", paramLabel = "DIR", description = "Feature cache folder.") Path cache;
    @Option(names = "--maintainer", paramLabel = "'NAME <EMAIL>'", description = "Arduino library maintainer (default: a placeholder, ${DEFAULT-VALUE}).")
    String maintainer = Publisher.PLACEHOLDER.maintainer();
    @Option(names = "--url", paramLabel = "URL", description = "Arduino library home page (default: a placeholder, ${DEFAULT-VALUE}).")
    String url = Publisher.PLACEHOLDER.url();

    @Override
    public Integer call() {
        try (RunLock lock = RunLock.ifExists(run, "dartboard export")) {   // it may quantize the run
            ExportFlow.Request r = new ExportFlow.Request(run, out, ExportFormat.parse(formats), board, new Publisher(maintainer, url), data);
            ExportFlow.Result result = Flows.of(cache).export().export(r, spec.commandLine().getErr()::println);
            Map<String, Object> summary = summary(run, out, result);
            Json.print(spec.commandLine().getOut(), summary);
            return ExitCodes.OK;
        } catch (IOException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + Main.describe(e));
            return ExitCodes.FAILED;
        }
    }

    /** What {@code export} prints (and {@code pipeline} keeps as its {@code export} stage). */
    static Map<String, Object> summary(Path run, Path out, ExportFlow.Result r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("run", run.toAbsolutePath().toString());
        s.put("out", out.toAbsolutePath().toString());
        s.put("written", r.written().stream().map(p -> p.toAbsolutePath().toString()).toList());
        s.put("estimatedFlashBytes", r.inputs().costs().flashBytes());
        s.put("estimatedSramBytes", r.inputs().costs().sramBytes());
        s.put("estimatedLatencyMs", r.inputs().costs().latencyMs());
        s.put("measuredFlashBytes", r.inputs().measured().map(MeasuredSizes::flashBytes).orElse(null));
        return s;
    }
}
