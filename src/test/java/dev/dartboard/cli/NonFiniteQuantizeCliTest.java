package dev.dartboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.export.TrainedRun;
import dev.dartboard.model.FloatModel;
import dev.dartboard.quant.QuantModelStore;
import dev.dartboard.train.RunStore;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code quantize} of a run whose float model holds a NaN weight: exit 1 naming run and tensor, no int8 model, no blob. */
class NonFiniteQuantizeCliTest {
    @Test
    void quantizeRefusesANaNWeightAndWritesNothing() throws Exception {
        Path run = Path.of("target", "test-runs", "nan-weight");
        if (Files.exists(run)) try (var w = Files.walk(run)) { w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
        Files.createDirectories(run);
        Path trained = TrainedRun.trained();
        for (String f : new String[]{RunStore.GENOTYPE, RunStore.LABELS, RunStore.METRICS}) Files.copy(trained.resolve(f), run.resolve(f));
        RunStore store = new RunStore(new ObjectMapper());
        FloatModel m = store.model(trained);
        m.ops().get(0).weights()[5] = Float.NaN;
        store.save(run, store.genotype(trained), store.labels(trained), m);

        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err, true));
        int rc = cl.execute("quantize", "--data", TrainedRun.SAMPLES.toString(), "--run", run.toString(), "--cache", TrainedRun.CACHE);
        assertEquals(1, rc, err.toString());
        assertTrue(err.toString().contains(run.toString()) && err.toString().contains("op 0 (CONV_2D) weights[5] is NaN"), err.toString());
        assertFalse(Files.exists(run.resolve(QuantModelStore.MODEL)), "no int8 model");
        assertFalse(Files.exists(run.resolve(FlashCommand.RUN_BLOB)), "no blob");
    }
}
