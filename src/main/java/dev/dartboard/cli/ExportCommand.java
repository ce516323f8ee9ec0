package dev.dartboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.export.ExportFormat;
import dev.dartboard.export.blob.BlobWriter;
import dev.dartboard.export.RunExporter;
import dev.dartboard.export.arduino.ArduinoLibraryExporter;
import dev.dartboard.export.arduino.Publisher;
import dev.dartboard.export.card.ArmBuildProbe;
import dev.dartboard.export.card.CardInputs;
import dev.dartboard.export.card.MeasuredSizes;
import dev.dartboard.export.card.ModelCardBuilder;
import dev.dartboard.export.card.ModelCardWriter;
import dev.dartboard.export.csource.CSourceExporter;
import dev.dartboard.export.tflite.TfliteWriter;
import dev.dartboard.io.JsonFiles;
import dev.dartboard.model.BoardProfile;
import dev.dartboard.model.Budget;
import dev.dartboard.model.FloatModel;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.QuantModelStore;
import dev.dartboard.run.Provenance;
import dev.dartboard.run.RunFolder;
import dev.dartboard.run.RunLock;
import dev.dartboard.train.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code dartboard export --run RUN --out DIR [--format tflite,c,arduino,card,blob] [--board nano33ble] [--data DIR]
 * [--maintainer 'NAME <EMAIL>'] [--url URL]}: the deployables of a trained run ({@link RunExporter}); the last two go
 * into the Arduino library's library.properties ({@link Publisher}, placeholders by default). Needs {@code RUN/model.int8.json}; with
 * {@code --data} a run that lacks it is quantized first. The card's budget is {@code RUN/budget.json}
 * ({@link Budget}) when present. Prints the written paths and the card's headline numbers as JSON. Export
 * re-derives: files in {@code --out} are replaced, and {@code OUT/provenance.json} records the int8 model each
 * was made from. An int8 model made from an earlier float model is refused. Holds the run's {@link RunLock}.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export a run: .tflite, C library, Arduino library, model card.")
public final class ExportCommand implements Callable<Integer> {
    public static final String BUDGET = RunFolder.BUDGET;
    @Spec CommandSpec spec;
    @Option(names = "--run", required = true, paramLabel = "RUN", description = "Run folder (trained; quantized unless --data).") Path run;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write.") Path out;
    @Option(names = "--format", split = ",", paramLabel = "F", description = "Any of tflite,c,arduino,card,blob (default: all).") List<String> formats = List.of("tflite", "c", "arduino", "card", "blob");
    @Option(names = "--board", paramLabel = "ID|FILE", description = "Board profile for the card (default ${DEFAULT-VALUE}).") String board = "nano33ble";
    @Option(names = "--data", paramLabel = "DIR", description = "Data set, to quantize a run that has no int8 model yet.") Path data;
    @Option(names = "--cache", paramLabel = "DIR", description = "Feature cache folder.") Path cache;
    @Option(names = "--maintainer", paramLabel = "'NAME <EMAIL>'", description = "Arduino library maintainer (default: a placeholder, ${DEFAULT-VALUE}).")
    String maintainer = Publisher.PLACEHOLDER.maintainer();
    @Option(names = "--url", paramLabel = "URL", description = "Arduino library home page (default: a placeholder, ${DEFAULT-VALUE}).")
    String url = Publisher.PLACEHOLDER.url();

    @Override
    public Integer call() {
        ObjectMapper mapper = new ObjectMapper();
        try (RunLock lock = RunLock.ifExists(run, "dartboard export")) {   // it may quantize the run
            Set<ExportFormat> chosen = ExportFormat.parse(formats);
            Publisher publisher = new Publisher(maintainer, url);
            CardInputs in = inputs(mapper, chosen.contains(ExportFormat.CARD));
            CSourceExporter c = new CSourceExporter();
            RunExporter exporter = new RunExporter(new TfliteWriter(), c, new ArduinoLibraryExporter(c, publisher), new ModelCardBuilder(), new ModelCardWriter(mapper));
            List<Path> written = exporter.export(in, out, chosen);
            recordProvenance(written);
            Map<String, Object> summary = summary(in, written);
            String noBlob = chosen.contains(ExportFormat.BLOB) ? BlobWriter.unsupported(in.quant().dataConfig()) : null;
            if (noBlob != null) {
                summary.put("blob", "none: " + noBlob);
                spec.commandLine().getErr().println("note: no model.blob: " + noBlob);
            }
            Json.print(spec.commandLine().getOut(), summary);
            return ExitCodes.OK;
        } catch (IOException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + Main.describe(e));
            return ExitCodes.FAILED;
        }
    }

    private CardInputs inputs(ObjectMapper mapper, boolean card) throws IOException {
        Runs runs = new Runs(mapper);
        FloatModel model = runs.trainedModel(run);
        QuantModel q = int8(mapper, runs, model);
        BoardProfile b = new BoardProfiles().load(board);
        RunStore store = new RunStore(mapper);
        Optional<MeasuredSizes> measured = card ? new ArmBuildProbe(new CSourceExporter()).measure(q) : Optional.empty();
        return new CardInputs(q, model, Files.isRegularFile(run.resolve(RunStore.GENOTYPE)) ? store.genotype(run) : null,
                json(mapper, run.resolve(RunStore.METRICS)), json(mapper, run.resolve(QuantModelStore.REPORT)), b,
                Files.isRegularFile(run.resolve(BUDGET)) ? JsonFiles.read(mapper, run.resolve(BUDGET), Budget.class, "budget") : null,
                new CostModel(b, new GenotypeLowering()).of(model), measured);
    }

    private QuantModel int8(ObjectMapper mapper, Runs runs, FloatModel model) throws IOException {
        QuantModelStore store = new QuantModelStore(mapper);
        if (store.has(run)) return store.load(run);
        if (data == null) return store.load(run);                // throws, naming the file and the quantize command
        var prepared = TrainCommand.preparer(mapper, cache).prepare(data, model.dataConfig(), new RunStore(mapper).labels(run).targets(), runs.seed(run));
        return runs.int8(run, model, prepared, spec.commandLine().getErr());
    }

    /** Records every exported file in {@code OUT/provenance.json} as made from the run's int8 model. */
    private void recordProvenance(List<Path> written) throws IOException {
        Provenance p = new Provenance(out);
        Path int8 = RunFolder.of(run).int8Model();
        if (!Files.isRegularFile(int8)) return;
        for (Path w : written) {
            try (var files = Files.walk(w)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) p.record(f, List.of(int8));
            }
        }
    }

    private static JsonNode json(ObjectMapper mapper, Path file) throws IOException {
        return Files.isRegularFile(file) ? JsonFiles.readTree(mapper, file, file.getFileName().toString()) : null;
    }

    private Map<String, Object> summary(CardInputs in, List<Path> written) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("run", run.toAbsolutePath().toString());
        s.put("out", out.toAbsolutePath().toString());
        s.put("written", written.stream().map(p -> p.toAbsolutePath().toString()).toList());
        s.put("estimatedFlashBytes", in.costs().flashBytes());
        s.put("estimatedSramBytes", in.costs().sramBytes());
        s.put("estimatedLatencyMs", in.costs().latencyMs());
        s.put("measuredFlashBytes", in.measured().map(MeasuredSizes::flashBytes).orElse(null));
        return s;
    }
}
