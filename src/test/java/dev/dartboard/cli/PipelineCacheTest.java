package dev.dartboard.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code pipeline --cache DIR} reaches the search too: in a child JVM whose default cache ($DARTBOARD_CACHE) is a
 * folder of the test, the search featurizes into DIR and leaves the default cache untouched. The pipeline is
 * stopped right after its search by a {@code --pick} of a point that does not exist, so the test takes seconds.
 */
class PipelineCacheTest {
    @TempDir Path dir;

    @Test
    void theSearchStageUsesTheGivenCacheNotTheDefaultOne() throws Exception {
        Path defaults = dir.resolve("default-cache"), given = dir.resolve("given-cache"), log = dir.resolve("child.log");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "dev.dartboard.cli.Main", "pipeline",
                "--data", "samples", "--out", dir.resolve("run").toString(), "--cache", given.toString(),
                "--search-epochs", "1", "--configs", "1", "--pick", "999");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("DARTBOARD_CACHE", defaults.toString());
        pb.environment().put("OMP_NUM_THREADS", "1");
        Process p = pb.start();
        assertTrue(p.waitFor(240, TimeUnit.SECONDS), "the pipeline did not stop");
        String out = Files.readString(log);
        assertEquals(ExitCodes.FAILED, p.exitValue(), out);
        assertTrue(out.contains("Pareto point 999") || out.contains("999"), out);
        assertTrue(out.contains("pipeline stopped at search"), out);
        try (Stream<Path> s = Files.walk(given)) {
            assertTrue(s.anyMatch(Files::isRegularFile), "the search cached its features in --cache: " + out);
        }
        assertFalse(Files.exists(defaults), "the default cache was touched: " + out);
    }
}
