package dev.dartboard.nas.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Resume refuses a checkpoint whose arrays do not fit the supernet, naming the variable: one array of another
 * shape, one array missing (a checkpoint of an older supernet layout). Before, such arrays were skipped and the
 * search went on silently with freshly initialised weights there.
 */
class CheckpointMismatchTest {
    @TempDir Path dir;

    @Test
    void resumeRefusesAnArrayOfAnotherShapeAndAMissingOne() throws IOException {
        Checkpoint checkpoint = new Checkpoint(new ObjectMapper());
        SearchRunner runner = new SearchRunner(SamplesFixture.spec(), SamplesFixture.tables(), SearchRunnerTest.BUDGET,
                SearchRunnerTest.CONFIG.withEpochs(1, 1), SamplesFixture.data(), checkpoint, List.of());
        runner.run(dir, false);
        Checkpoint.Content saved = checkpoint.load(dir);
        String victim = saved.arrays().keySet().stream().filter(k -> k.startsWith("L0/") && k.endsWith("/w")).findFirst().orElseThrow();

        Map<String, INDArray> reshaped = new LinkedHashMap<>(saved.arrays());
        INDArray a = reshaped.get(victim);
        reshaped.put(victim, Nd4j.zeros(a.dataType(), 1, a.length()));
        checkpoint.save(dir, new Checkpoint.Content(saved.state(), reshaped));
        IOException e = assertThrows(IOException.class, () -> runner.run(dir, true));
        assertTrue(e.getMessage().contains("does not fit") && e.getMessage().contains(victim + " is [1, " + a.length() + "]"), e.getMessage());

        Map<String, INDArray> missing = new LinkedHashMap<>(saved.arrays());
        missing.remove(victim);
        checkpoint.save(dir, new Checkpoint.Content(saved.state(), missing));
        e = assertThrows(IOException.class, () -> runner.run(dir, true));
        assertTrue(e.getMessage().contains("does not fit") && e.getMessage().contains("no array for " + victim), e.getMessage());
    }
}
