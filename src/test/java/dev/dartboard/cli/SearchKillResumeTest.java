package dev.dartboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.Genotype;
import dev.dartboard.nas.pareto.ParetoFront;
import dev.dartboard.nas.pareto.ParetoJson;
import dev.dartboard.nas.pareto.ParetoPoint;
import dev.dartboard.run.GenotypeJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tiny search in a child JVM killed with SIGKILL after its first checkpoint, resumed with
 * {@code search --resume --out RUN} alone, ends with the same α, γ, events and pareto.json as an
 * uninterrupted run (same thread count); and that run's pareto.json is an honest front.
 */
class SearchKillResumeTest {
    static final String SPACE = "{\"dataConfigs\":["
            + "{\"sampleRate\":8000,\"type\":\"LOG_MEL\",\"windowMs\":32,\"hopMs\":16,\"melBins\":10,\"coeffs\":0,\"clipMs\":1000},"
            + "{\"sampleRate\":8000,\"type\":\"MFCC\",\"windowMs\":40,\"hopMs\":20,\"melBins\":20,\"coeffs\":10,\"clipMs\":1000}],"
            + "\"stemChannels\":4,\"layers\":2,\"widths\":[2,4],"
            + "\"primitives\":[\"dw-sep-3x3\",\"dw-sep-5x5\",\"conv-3x3\",\"max-pool-3x3\",\"skip\",\"zero\"]}";
    static final long LIMIT_S = 400;
    final ObjectMapper json = new ObjectMapper();
    @TempDir Path dir;

    @Test
    void killedAndResumedSearchEqualsTheStraightRunBitForBit() throws Exception {
        Path space = dir.resolve("space.json");
        Files.writeString(space, SPACE);
        Path straight = dir.resolve("a/run"), killed = dir.resolve("b/run");
        Process a = child(dir.resolve("a"), search(straight, space));
        Process b = child(dir.resolve("b"), search(killed, space));
        Path ckpt = killed.resolve("checkpoint/manifest.json"); // written last: the first checkpoint is complete
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_S);
        while (!Files.exists(ckpt) && b.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
        assertTrue(b.isAlive(), "the victim ended before its first checkpoint: " + ChildJvm.log(dir.resolve("b")));
        assertTrue(Files.exists(ckpt), "no checkpoint in time");
        b.destroyForcibly();   // SIGKILL on Linux
        b.waitFor();
        assertFalse(Files.exists(killed.resolve("genotype.json")), "killed before the end");
        Process resumed = child(dir.resolve("b"), List.of("search", "--resume", "--out", killed.toString()));
        ChildJvm.finish(resumed, dir.resolve("b"), LIMIT_S, "child");
        ChildJvm.finish(a, dir.resolve("a"), LIMIT_S, "child");

        JsonNode ga = json.readTree(straight.resolve("genotype.json").toFile()), gb = json.readTree(killed.resolve("genotype.json").toFile());
        assertEquals(ga.path("search").path("alphas"), gb.path("search").path("alphas"), "α bit-for-bit (JSON doubles round-trip exactly)");
        assertEquals(ga.path("search").path("gamma"), gb.path("search").path("gamma"));
        assertEquals(ga.path("search").path("steps"), gb.path("search").path("steps"));
        assertEquals(Files.readAllLines(straight.resolve("events.jsonl")), Files.readAllLines(killed.resolve("events.jsonl")));
        assertEquals(json.readTree(straight.resolve(ParetoJson.FILE).toFile()), json.readTree(killed.resolve(ParetoJson.FILE).toFile()),
                "the same front, accuracies included");
        checkFront(straight, ga);
    }

    /** pareto.json parses; every front point fits, no fitting point dominates one; chosen is the decoded genotype.json model. */
    private void checkFront(Path run, JsonNode genotypeJson) throws IOException {
        ParetoFront f = new ParetoJson(json).read(run.resolve(ParetoJson.FILE));
        assertTrue(f.points().size() >= 2 && !f.front().isEmpty(), f.points().size() + " points");
        for (ParetoPoint p : f.frontPoints()) {
            assertTrue(p.fits() && p.costs().fits(f.budget()), "front point " + p.id());
            for (ParetoPoint q : f.points()) if (q.fits()) assertFalse(q.dominates(p), q.id() + " dominates front point " + p.id());
        }
        ParetoPoint chosen = f.point(f.chosen());
        assertEquals(ParetoPoint.DECODED, chosen.source());
        Genotype decoded = GenotypeJson.read(genotypeJson, "genotype.json");
        assertEquals(decoded, chosen.genotype());
        assertEquals(genotypeJson.get("sram").asLong(), chosen.costs().sramBytes());
    }

    private static List<String> search(Path out, Path space) {
        return List.of("search", "--data", "samples", "--out", out.toString(), "--space", space.toString(), "--epochs", "2",
                "--warmup", "1", "--batch", "32", "--seed", "3", "--threads", "1", "--samples", "4",
                "--sram", "12000", "--flash", "40000", "--latency", "50ms");
    }

    private Process child(Path home, List<String> args) throws IOException {
        List<String> cmd = ChildJvm.command("1g", System.getProperty("java.class.path"), List.of());
        cmd.add("dev.dartboard.cli.Main");
        cmd.addAll(args);
        ProcessBuilder pb = ChildJvm.logged(cmd, home);
        pb.environment().put("DARTBOARD_CACHE", home.resolve("cache").toString());
        pb.environment().put("OMP_NUM_THREADS", "1");
        return pb.start();
    }
}
