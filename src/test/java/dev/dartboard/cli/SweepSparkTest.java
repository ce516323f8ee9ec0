package dev.dartboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code dartboard sweep} on Spark, end to end on samples/ with tiny searches. Four single {@code search}
 * runs made here in-process with the options written out by hand are the reference: a {@code local[2]} sweep of
 * the same 2 budgets × 2 seeds runs them as four Spark tasks and must give each point the same pareto.json
 * (same seed, same result), {@code sweep.json}'s points must be the union of the four fronts and its front the
 * non-dominated ones among them (computed here). A second sweep on a local cluster (executors in their own
 * JVMs) has one task kill its executor's JVM after its first checkpoint: Spark retries it on a new executor,
 * the point resumes from its checkpoint and still equals its single run.
 */
class SweepSparkTest {
    static final String SPACE = "{\"dataConfigs\":[{\"sampleRate\":8000,\"type\":\"LOG_MEL\",\"windowMs\":32,\"hopMs\":16,\"melBins\":10,"
            + "\"coeffs\":0,\"clipMs\":1000}],\"stemChannels\":4,\"layers\":2,\"widths\":[2,4],"
            + "\"primitives\":[\"dw-sep-3x3\",\"conv-3x3\",\"max-pool-3x3\",\"skip\",\"zero\"]}";
    static final String[][] BUDGETS = {{"12000", "40000", "50ms"}, {"8000", "30000", "30ms"}};
    static final long[] SEEDS = {3, 4};
    static final long LIMIT_S = 600;
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;
    static Path samples, space;

    /** The reference: each grid point as a plain search, into single/points/pNNN (the same folder names, so the same genotype names). */
    @BeforeAll
    static void singleRuns() throws IOException {
        samples = Path.of("samples").toAbsolutePath();
        space = dir.resolve("space.json");
        Files.writeString(space, SPACE);
        int i = 0;
        for (String[] b : BUDGETS) for (long seed : SEEDS) {
            Path out = dir.resolve("single/points/" + String.format("p%03d", i++));
            CliRun r = CliRun.exec(new SearchCommand(), "--data", samples.toString(), "--out", out.toString(), "--board", "nano33ble",
                    "--seed", Long.toString(seed), "--space", space.toString(), "--sram", b[0], "--flash", b[1], "--latency", b[2],
                    "--words", "yes,no", "--threads", "1", "--epochs", "2", "--warmup", "1", "--batch", "64", "--samples", "4");
            assertEquals(0, r.code(), r.err());
        }
    }

    @Test
    void aLocalSweepRunsFourSearchesAsTasksAndMergesTheirFronts() throws Exception {
        Path grid = grid("grid.json", BUDGETS.length);
        Path out = dir.resolve("a");
        Process p = child(dir.resolve("a-home"), List.of("dev.dartboard.cli.Main", "sweep", "--grid", grid.toString(), "--out", out.toString(),
                "--master", "local[2]"), false);
        ChildJvm.finish(p, dir.resolve("a-home"), LIMIT_S, "sweep");
        JsonNode sweep = JSON.readTree(out.resolve("sweep.json").toFile());
        assertEquals("local[2,3]", sweep.get("master").asText(), "local[2] gets Spark's retries");
        assertEquals(4, sweep.get("runs").size());
        for (JsonNode run : sweep.get("runs")) {
            String id = run.get("id").asText();
            assertEquals(out.resolve("points/" + id).toString(), run.get("run").asText());
            assertEquals(1, JSON.readTree(out.resolve("points/" + id + ".done.json").toFile()).get("attempts").asInt());
        }
        checkAgainstSingles(sweep, out, 4);
    }

    @Test
    void aTaskWhoseExecutorJvmDiesIsRetriedResumesItsCheckpointAndTheSweepCompletes() throws Exception {
        Path grid = grid("grid-kill.json", 1);   // p000, p001: the first budget, both seeds
        Path out = dir.resolve("b"), marker = dir.resolve("b-halted");
        Process p = child(dir.resolve("b-home"), List.of("dev.dartboard.cli.KillingSweep", "p001", marker.toString(),
                "--grid", grid.toString(), "--out", out.toString(), "--master", "local-cluster[2,1,1024]"), true);
        ChildJvm.finish(p, dir.resolve("b-home"), LIMIT_S, "sweep");
        assertTrue(Files.exists(marker), "the victim's executor was never halted");
        JsonNode done = JSON.readTree(out.resolve("points/p001.done.json").toFile());
        assertEquals(2, done.get("attempts").asInt(), "one failed attempt, one retry");
        List<String> log = Files.readAllLines(out.resolve("points/p001.log"));
        List<String> attempts = log.stream().filter(l -> l.startsWith("== ")).toList();
        assertEquals(2, attempts.size(), String.join("\n", log));
        assertNotEquals(pid(attempts.get(0)), pid(attempts.get(1)), "the retry ran in another executor JVM");
        assertEquals(marker.toFile().exists() ? Files.readString(marker) : "", pid(attempts.get(0)), "the halted JVM ran the first attempt");
        assertTrue(log.stream().anyMatch(l -> l.startsWith("$ ") && l.endsWith(" --resume")), "the retry resumed: " + String.join("\n", log));
        assertEquals(1, JSON.readTree(out.resolve("points/p000.done.json").toFile()).get("attempts").asInt());
        checkAgainstSingles(JSON.readTree(out.resolve("sweep.json").toFile()), out, 2);
    }

    @Test
    void aPointThatFailsOnEveryAttemptStopsTheSweepWithItsOwnReason() throws Exception {
        Path grid = dir.resolve("grid-impossible.json");
        Files.writeString(grid, "{\"data\":\"" + samples + "\",\"words\":[\"yes\",\"no\"],\"boards\":[\"nano33ble\"],"
                + "\"budgets\":[{\"sram\":\"1k\"}],\"seeds\":[1],\"spaces\":[\"space.json\"]}");
        Path out = dir.resolve("c"), home = dir.resolve("c-home");
        Process p = child(home, List.of("dev.dartboard.cli.Main", "sweep", "--grid", grid.toString(), "--out", out.toString(),
                "--master", "local[1]", "--attempts", "2"), false);
        assertTrue(p.waitFor(LIMIT_S, TimeUnit.SECONDS));
        String err = Files.readString(home.resolve("err.log"));
        assertEquals(1, p.exitValue(), err);
        String line = err.lines().filter(l -> l.startsWith("error: ")).findFirst().orElse("(none)");
        assertTrue(line.startsWith("error: the sweep stopped: a point failed 2 time(s): p000: search exited 1: error: ")
                && line.endsWith("; finished points are kept, the same command continues the sweep"), line);
        assertEquals(2, Files.readAllLines(out.resolve("points/p000.log")).stream().filter(l -> l.startsWith("== ")).count());
        assertTrue(!Files.exists(out.resolve("sweep.json")) && !Files.exists(out.resolve("points/p000.done.json")));
    }

    /** Each run's pareto.json equals its single run's; sweep.json's points are the union of the single fronts, its front their non-dominated ones. */
    private static void checkAgainstSingles(JsonNode sweep, Path out, int runs) throws IOException {
        List<JsonNode> union = new ArrayList<>();
        List<String> owner = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            String id = String.format("p%03d", i);
            JsonNode single = JSON.readTree(dir.resolve("single/points/" + id + "/pareto.json").toFile());
            assertEquals(single, JSON.readTree(out.resolve("points/" + id + "/pareto.json").toFile()), id + ": same seed, same front as a single search");
            for (JsonNode fid : single.get("front")) {
                union.add(single.get("points").get(fid.asInt()));
                owner.add(id);
            }
        }
        JsonNode points = sweep.get("points");
        assertEquals(union.size(), points.size(), "the union of the runs' fronts");
        for (int k = 0; k < union.size(); k++) {
            JsonNode u = union.get(k), s = points.get(k);
            assertEquals(owner.get(k), s.get("run").asText());
            assertEquals(u.get("id").asInt(), s.get("point").asInt());
            for (String f : List.of("accuracy", "sram", "flash", "latencyMs", "source", "genotype")) assertEquals(u.get(f), s.get(f), f + " of point " + k);
        }
        List<Integer> front = new ArrayList<>();
        for (int k = 0; k < union.size(); k++) {
            boolean dominated = false;
            for (JsonNode q : union) dominated |= dominates(q, union.get(k));
            if (!dominated) front.add(k);
        }
        front.sort((x, y) -> Long.compare(union.get(x).get("sram").asLong(), union.get(y).get("sram").asLong()) != 0
                ? Long.compare(union.get(x).get("sram").asLong(), union.get(y).get("sram").asLong())
                : Double.compare(union.get(y).get("accuracy").asDouble(), union.get(x).get("accuracy").asDouble()));
        List<Integer> got = new ArrayList<>();
        sweep.get("front").forEach(n -> got.add(n.asInt()));
        assertEquals(front, got, "the global front across budgets");
    }

    /** a ≥ b in accuracy and ≤ in SRAM, flash and latency, better in one. */
    private static boolean dominates(JsonNode a, JsonNode b) {
        double aa = a.get("accuracy").asDouble(), ba = b.get("accuracy").asDouble();
        long as = a.get("sram").asLong(), bs = b.get("sram").asLong(), af = a.get("flash").asLong(), bf = b.get("flash").asLong();
        double al = a.get("latencyMs").asDouble(), bl = b.get("latencyMs").asDouble();
        return aa >= ba && as <= bs && af <= bf && al <= bl && (aa > ba || as < bs || af < bf || al < bl);
    }

    private static Path grid(String name, int budgets) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < budgets; i++)
            b.append(i > 0 ? "," : "").append(String.format("{\"sram\":\"%s\",\"flash\":\"%s\",\"latency\":\"%s\"}", (Object[]) BUDGETS[i]));
        Path grid = dir.resolve(name);
        Files.writeString(grid, "{\"data\":\"" + samples + "\",\"words\":[\"yes\",\"no\"],\"boards\":[\"nano33ble\"],\"budgets\":[" + b
                + "],\"seeds\":[3,4],\"spaces\":[\"space.json\"],\"search\":{\"epochs\":2,\"warmup\":1,\"batch\":64,\"samples\":4}}");
        return grid;
    }

    private static String pid(String attemptLine) {
        return attemptLine.replaceAll(".*\\(pid (\\d+)\\).*", "$1");
    }

    /** A child JVM on the test classpath (Spark included); a local cluster gets a bare SPARK_HOME and the classpath for its executors. */
    private static Process child(Path home, List<String> mainAndArgs, boolean cluster) throws IOException {
        Files.createDirectories(home);
        StringBuilder overrides = new StringBuilder();   // Spark's own versions of the commons libraries the app pins older (pom.xml)
        try (var jars = Files.list(Path.of("target/spark-overrides"))) {
            jars.filter(j -> j.toString().endsWith(".jar")).sorted().forEach(j -> overrides.append(j.toAbsolutePath()).append(java.io.File.pathSeparator));
        }
        assertEquals(6, overrides.toString().split(java.io.File.pathSeparator).length, "target/spark-overrides: " + overrides);
        String cp = overrides + System.getProperty("java.class.path");
        List<String> cmd = ChildJvm.command("1500m", cp, cluster ? List.of("-Dspark.ui.enabled=false", "-Dspark.executor.extraClassPath=" + cp,
                "-Dspark.executor.extraJavaOptions=-XX:+UseSerialGC " + ChildJvm.ND4J_LIMITS_OFF + " -Dorg.slf4j.simpleLogger.log.org.apache.spark=warn")
                : List.of("-Dspark.ui.enabled=false"));
        if (cluster) Files.createDirectories(home.resolve("spark/jars"));   // the Worker launches executors from SPARK_HOME: all they need is on extraClassPath
        cmd.addAll(mainAndArgs);
        ProcessBuilder pb = ChildJvm.logged(cmd, home);
        if (cluster) {
            pb.environment().put("SPARK_HOME", home.resolve("spark").toString());
            pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        }
        return pb.start();
    }
}
