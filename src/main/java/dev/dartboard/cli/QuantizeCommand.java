package dev.dartboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.data.PreparedData;
import dev.dartboard.export.blob.BlobWriter;
import dev.dartboard.model.FloatModel;
import dev.dartboard.quant.QuantModelStore;
import dev.dartboard.quant.RunQuantizer;
import dev.dartboard.run.RunLock;
import dev.dartboard.train.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code dartboard quantize --data DIR --run RUN [--calibration N]}: int8 post-training quantization of a
 * trained run, calibrated on its training clips; writes {@code RUN/model.int8.json}, {@code RUN/model.blob}
 * (for {@code flash --run}) and {@code RUN/quant.json} and prints the report (float vs int8 accuracy on the metrics' split) as JSON.
 * Quantizing again re-derives these files (and drops the pipeline's {@code RUN/export/} of the old ones) under the run's {@link RunLock};
 * a float model whose genotype or labels changed since training is refused.
 */
@Command(name = "quantize", mixinStandardHelpOptions = true, description = "Quantize a trained run to int8 (JSON report on stdout).")
public final class QuantizeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Data set the run was trained on.") Path data;
    @Option(names = "--run", required = true, paramLabel = "RUN", description = "Run folder written by train.") Path run;
    @Option(names = "--calibration", paramLabel = "N", description = "Training clips to calibrate on (default ${DEFAULT-VALUE}).") int calibration = Runs.DEFAULT_CALIBRATION;
    @Option(names = "--cache", paramLabel = "DIR", description = "Feature cache folder.") Path cache;

    @Override
    public Integer call() {
        ObjectMapper mapper = new ObjectMapper();
        Runs runs = new Runs(mapper);
        try (RunLock lock = RunLock.ifExists(run, "dartboard quantize")) {
            FloatModel model = runs.trainedModel(run);
            PreparedData prepared = TrainCommand.preparer(mapper, cache)
                    .prepare(data, model.dataConfig(), new RunStore(mapper).labels(run).targets(), runs.seed(run));
            RunQuantizer.Outcome o = runs.quantizer(calibration).quantize(run, model, prepared, runs.metricsSplit(run));
            String noBlob = BlobWriter.unsupported(model.dataConfig());
            if (noBlob == null) new QuantModelStore(mapper).saveBlob(run, new BlobWriter().write(o.model()));
            else spec.commandLine().getErr().println("note: no model.blob: " + noBlob);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("run", run.toAbsolutePath().toString());
            out.put("model", run.resolve(QuantModelStore.MODEL).toAbsolutePath().toString());
            if (noBlob != null) out.put("blob", "none: " + noBlob);
            out.putAll(o.report());
            Json.print(spec.commandLine().getOut(), out);
            spec.commandLine().getErr().printf("%s: float %.4f → int8 %.4f (%+.2f points) over %s clips%n", run,
                    o.report().get("floatAccuracy"), o.report().get("int8Accuracy"), o.report().get("deltaPoints"), o.report().get("n"));
            return ExitCodes.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: " + Main.describe(e));
            return ExitCodes.FAILED;
        }
    }
}
