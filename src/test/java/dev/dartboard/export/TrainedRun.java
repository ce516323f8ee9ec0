package dev.dartboard.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.cli.QuantizeCommand;
import dev.dartboard.cli.TrainCommand;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Primitive;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One small run trained on samples/ (stem + one dw-sep layer, 3 epochs, seed 1) per test JVM, under
 * target/test-runs/, through the real train (and, on request, quantize) commands. Tests only read it.
 */
public final class TrainedRun {
    public static final Path SAMPLES = Path.of("samples");
    public static final String CACHE = Path.of("target", "test-feature-cache").toString();
    private static Path trained, quantized;

    private TrainedRun() { }

    public static Genotype genotype() {
        return new Genotype("tiny", DataConfig.defaults(), new Genotype.Stem(8, 10, 4, 2, 2),
                List.of(new Genotype.Layer(Primitive.DW_SEP_3X3, 12, 2)));
    }

    /** RUN/ with genotype.json, labels.json, model.float.json, metrics.json only. */
    public static synchronized Path trained() {
        if (trained == null) trained = train(Path.of("target", "test-runs", "tiny-float"));
        return trained;
    }

    /** RUN/ with model.int8.json and quant.json as well. */
    public static synchronized Path quantized() {
        if (quantized == null) {
            quantized = train(Path.of("target", "test-runs", "tiny-int8"));
            exec(new QuantizeCommand(), "--data", SAMPLES.toString(), "--run", quantized.toString(), "--cache", CACHE);
        }
        return quantized;
    }

    private static Path train(Path run) {
        try {
            Files.createDirectories(run.getParent());
            Path g = run.resolveSibling("tiny-genotype.json");
            Files.write(g, new ObjectMapper().writeValueAsBytes(dev.dartboard.run.GenotypeJson.of(genotype())));
            exec(new TrainCommand(), "--data", SAMPLES.toString(), "--genotype", g.toString(), "--epochs", "3", "--batch", "32",
                    "--seed", "1", "--cache", CACHE, "--out", run.toString(), "--force");   // target/ outlives the JVM
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command; stdout on success, an AssertionError with stderr otherwise. */
    public static String exec(Object command, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        if (code != 0) throw new AssertionError(command.getClass().getSimpleName() + " exited " + code + ": " + err);
        return out.toString();
    }
}
