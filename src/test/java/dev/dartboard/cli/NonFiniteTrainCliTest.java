package dev.dartboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dartboard.export.TrainedRun;
import dev.dartboard.io.FileChecksums;
import dev.dartboard.train.RunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code train} on features holding NaN (a cache entry whose index vouches for them, so the cache serves
 * them): exit 1 with a message, no model written. Before: "loss NaN" every epoch, exit 0, a NaN model.
 */
class NonFiniteTrainCliTest {
    @TempDir Path cache;
    @TempDir Path runs;

    @Test
    void nanFeaturesStopTrainingWithExit1AndNoModel() throws Exception {
        TrainedRun.trained(); // the shared test cache now holds samples/' features for the default front end
        ObjectMapper mapper = new ObjectMapper();
        try (Stream<Path> s = Files.list(Path.of(TrainedRun.CACHE))) {
            for (Path p : s.toList()) Files.copy(p, cache.resolve(p.getFileName()));
        }
        try (Stream<Path> s = Files.list(cache)) {
            for (Path f32 : s.filter(p -> p.toString().endsWith(".f32")).toList()) {
                ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(f32)).order(ByteOrder.LITTLE_ENDIAN);
                for (int i = 0; i < b.capacity() / 4; i += 97) b.putFloat(4 * i, Float.NaN);
                Files.write(f32, b.array());
                Path index = Path.of(f32.toString().replace(".f32", ".json"));
                ObjectNode json = (ObjectNode) mapper.readTree(index.toFile());
                json.put("crc32c", FileChecksums.crc32cHex(f32));
                Files.write(index, mapper.writeValueAsBytes(json));
            }
        }
        Path genotype = runs.resolve("g.json");
        Files.write(genotype, mapper.writeValueAsBytes(dev.dartboard.run.GenotypeJson.of(TrainedRun.genotype())));
        Path out = runs.resolve("run");
        StringWriter err = new StringWriter(), stdout = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(stdout));
        cl.setErr(new PrintWriter(err, true));
        int rc = cl.execute("train", "--data", TrainedRun.SAMPLES.toString(), "--genotype", genotype.toString(), "--epochs", "2",
                "--batch", "32", "--seed", "1", "--cache", cache.toString(), "--out", out.toString());
        assertEquals(1, rc, err.toString());
        assertTrue(err.toString().contains("error: training stopped: the loss became NaN at epoch 0"), err.toString());
        assertFalse(err.toString().contains("loss NaN"), "no epoch reported a NaN loss: " + err);
        assertFalse(Files.exists(out.resolve(RunStore.MODEL)), "no model written");
        assertEquals("", stdout.toString(), "no JSON summary");
    }
}
