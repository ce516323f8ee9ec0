package dev.dartboard.cli;

import dev.dartboard.flow.FlowDefaults;
import dev.dartboard.flow.Flows;
import dev.dartboard.flow.QuantizeFlow;
import dev.dartboard.quant.QuantModelStore;
import dev.dartboard.run.RunLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code dartboard quantize --data DIR --run RUN [--calibration N]}: int8 post-training quantization of a
 * trained run, calibrated on its training clips; writes {@code RUN/model.int8.json}, {@code RUN/model.blob}
 * (for {@code flash --run}) and {@code RUN/quant.json} and prints the report (float vs int8 accuracy on the metrics' split) as JSON.
 * Quantizing again re-derives these files (and drops the pipeline's {@code RUN/export/} of the old ones) under the run's {@link RunLock};
 * a float model whose genotype or labels changed since training is refused. The work is {@link QuantizeFlow}.
 */
@Command(name = "quantize", mixinStandardHelpOptions = true, description = "Quantize a trained run to int8 (JSON report on stdout).")
public final class QuantizeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Data set the run was trained on.") Path data;
    @Option(names = "--run", required = true, paramLabel = "RUN", description = "Run folder written by train.") Path run;
    @Option(names = "--calibration", paramLabel = "N", description = "Training clips to calibrate on (default ${DEFAULT-VALUE}).") int calibration = FlowDefaults.CALIBRATION_CLIPS;
    @Option(names = "--cache", paramLabel = "DIR", description = "Feature cache folder.") Path cache;

    @Override
    public Integer call() {
        try (RunLock lock = RunLock.ifExists(run, "dartboard quantize")) {
            QuantizeFlow.Result o = Flows.of(cache).quantize().quantize(run, data, calibration);
            Json.print(spec.commandLine().getOut(), summary(run, o));
            report(spec.commandLine().getErr(), run, o);
            return ExitCodes.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: " + Main.describe(e));
            return ExitCodes.FAILED;
        }
    }

    /** What {@code quantize} prints (and {@code pipeline} keeps as its {@code quantize} stage). */
    static Map<String, Object> summary(Path run, QuantizeFlow.Result o) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("run", run.toAbsolutePath().toString());
        out.put("model", run.resolve(QuantModelStore.MODEL).toAbsolutePath().toString());
        out.putAll(o.report());
        return out;
    }

    static void report(PrintWriter err, Path run, QuantizeFlow.Result o) {
        err.printf("%s: float %.4f → int8 %.4f (%+.2f points) over %s clips%n", run,
                o.report().get("floatAccuracy"), o.report().get("int8Accuracy"), o.report().get("deltaPoints"), o.report().get("n"));
    }
}
