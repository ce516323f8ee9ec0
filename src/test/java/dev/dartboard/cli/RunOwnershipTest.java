package dev.dartboard.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A run folder has one owner (issue 17): a second search into a finished run, a second writer while one
 * runs, a pipeline into an existing run are refused; --force replaces. Tiny search: SearchKillResumeTest's space.
 */
class RunOwnershipTest {
    @TempDir Path dir;

    private static CliRun exec(Object command, String... args) {
        return CliRun.exec(command, args);
    }

    private List<String> tinySearch(Path run, String... more) throws IOException {
        return tinySearch(run, 3, 1, more);
    }

    private List<String> tinySearch(Path run, int seed, int epochs, String... more) throws IOException {
        Path space = dir.resolve("space.json");
        if (!Files.exists(space)) Files.writeString(space, SearchKillResumeTest.SPACE);
        List<String> a = new ArrayList<>(List.of("--data", "samples", "--out", run.toString(), "--space", space.toString(),
                "--epochs", "" + epochs, "--warmup", "1", "--batch", "32", "--seed", "" + seed, "--threads", "1", "--samples", "2",
                "--sram", "12000", "--flash", "40000", "--latency", "50ms"));
        a.addAll(List.of(more));
        return a;
    }

    @Test
    void aSearchIntoAFinishedRunIsRefusedAndForceReplacesIt() throws Exception {
        Path run = dir.resolve("run");
        CliRun first = exec(new SearchCommand(), tinySearch(run).toArray(String[]::new));
        assertEquals(0, first.code(), first.err());
        byte[] genotype = Files.readAllBytes(run.resolve("genotype.json"));
        Files.writeString(run.resolve("model.blob"), "a blob of an earlier training");   // stands for everything derived

        CliRun again = exec(new SearchCommand(), tinySearch(run, 4, 1).toArray(String[]::new));
        assertEquals(ExitCodes.USAGE, again.code(), again.err());
        assertTrue(again.err().contains(run + " already holds a finished search"), again.err());
        assertTrue(again.err().contains("--resume") && again.err().contains("--force"), again.err());
        assertArrayEquals(genotype, Files.readAllBytes(run.resolve("genotype.json")), "the finished run is untouched");
        assertEquals("", again.out());

        CliRun forced = exec(new SearchCommand(), tinySearch(run, 4, 1, "--force").toArray(String[]::new));
        assertEquals(0, forced.code(), forced.err());
        assertTrue(forced.err().contains("--force: replacing " + run), forced.err());
        assertFalse(Files.exists(run.resolve("model.blob")), "--force removes what was derived from the old run");
        assertTrue(Files.readString(run.resolve("search.json")).contains("\"seed\" : 4") || Files.readString(run.resolve("search.json")).contains("\"seed\":4"),
                Files.readString(run.resolve("search.json")));

        CliRun both = exec(new SearchCommand(), "--out", run.toString(), "--resume", "--force");
        assertEquals(ExitCodes.USAGE, both.code());
        assertTrue(both.err().contains("--resume and --force exclude each other"), both.err());
    }

    @Test
    void anInterruptedSearchIsRefusedWithoutResume() throws Exception {
        Path run = Files.createDirectories(dir.resolve("run").resolve("checkpoint"));
        Files.writeString(run.resolve("search.ckpt"), "what a killed search left");
        CliRun r = exec(new SearchCommand(), tinySearch(run.getParent()).toArray(String[]::new));
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("holds an interrupted search (" + run + ")"), r.err());
    }

    /** The real case: two searches at once into one folder, the first in another JVM. */
    @Test
    void aSecondSearchWhileAnotherProcessWritesTheRunIsRefusedNamingIt() throws Exception {
        Path run = dir.resolve("run");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "dev.dartboard.cli.Main", "search"));
        cmd.addAll(tinySearch(run, 3, 200));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
        pb.environment().put("DARTBOARD_CACHE", dir.resolve("cache").toString());
        pb.environment().put("OMP_NUM_THREADS", "1");
        Process first = pb.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.exists(run.resolve("search.json")) && first.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
            assertTrue(first.isAlive() && Files.exists(run.resolve("search.json")), "the first search did not start: " + Files.readString(dir.resolve("child.log")));

            CliRun second = exec(new SearchCommand(), tinySearch(run, 9, 1).toArray(String[]::new));
            assertEquals(ExitCodes.FAILED, second.code(), second.err());
            assertTrue(second.err().contains(run + " is being written by another Dartboard command (pid " + first.pid() + ", dartboard search, started "),
                    second.err());
            assertTrue(first.isAlive(), "the first search goes on");
            CliRun forced = exec(new SearchCommand(), tinySearch(run, 9, 1, "--force").toArray(String[]::new));
            assertEquals(ExitCodes.FAILED, forced.code(), "--force does not break a lock: " + forced.err());
            assertTrue(Files.exists(run.resolve("search.json")), "nothing of the running search was deleted");
        } finally {
            first.destroyForcibly();
            first.waitFor();
        }
        // the kill released the OS lock: the folder can be resumed (or replaced) at once
        CliRun forced = exec(new SearchCommand(), "--out", run.toString(), "--force", "--data", "samples", "--sram", "1k");
        assertEquals(ExitCodes.FAILED, forced.code());
        assertTrue(forced.err().contains("no network in the search space fits"), "past the lock: " + forced.err());
    }

    @Test
    void aPipelineIntoAnExistingRunIsRefused() throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("model.float.json"), "{}");
        CliRun r = exec(new PipelineCommand(), "--data", "samples", "--out", run.toString(), "--sram", "1k", "--cache", dir.resolve("cache").toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().contains(run + " already holds a run (" + run.resolve("model.float.json") + ")"), r.err());
        assertTrue(r.err().contains("--force"), r.err());
        assertEquals("{}", Files.readString(run.resolve("model.float.json")));
        assertFalse(r.err().contains("== pipeline: search"), "no stage ran: " + r.err());

        CliRun forced = exec(new PipelineCommand(), "--data", "samples", "--out", run.toString(), "--sram", "1k", "--force",
                "--cache", dir.resolve("cache").toString());
        assertEquals(ExitCodes.FAILED, forced.code(), "the impossible budget stops it at the search: " + forced.err());
        assertTrue(forced.err().contains("pipeline stopped at search"), forced.err());
        assertFalse(Files.exists(run.resolve("model.float.json")), "--force deleted the old run");

        // what a failed pipeline leaves (the search's lock file, nothing else) is no run: trying again needs no --force
        assertTrue(Files.exists(run.resolve("search").resolve(".lock")), "the refused search stage took its lock");
        CliRun again = exec(new PipelineCommand(), "--data", "samples", "--out", run.toString(), "--sram", "1k",
                "--cache", dir.resolve("cache").toString());
        assertEquals(ExitCodes.FAILED, again.code(), again.err());
        assertTrue(again.err().contains("pipeline stopped at search"), again.err());
    }

    /** Every writer takes the lock, the run-reading ones too (they may quantize); they make no folder for a typo. */
    @Test
    void quantizeEvalExportAndPickWaitForNoOneAndCreateNothing() throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        java.util.concurrent.CompletableFuture<Void> release = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<Void> held = new java.util.concurrent.CompletableFuture<>();
        Thread holder = new Thread(() -> {
            try (dev.dartboard.run.RunLock lock = dev.dartboard.run.RunLock.acquire(run, "dartboard train")) {
                held.complete(null);
                release.join();
            } catch (IOException e) {
                held.completeExceptionally(e);
            }
        });
        holder.start();
        held.get(10, TimeUnit.SECONDS);
        try {
            for (Object[] c : new Object[][]{{new QuantizeCommand(), new String[]{"--data", "samples", "--run", run.toString()}},
                    {new EvalCommand(), new String[]{"--data", "samples", "--run", run.toString(), "--int8"}},
                    {new ExportCommand(), new String[]{"--run", run.toString(), "--out", dir.resolve("x").toString()}},
                    {new ParetoCommand(), new String[]{"--run", run.toString(), "--pick", "0"}}}) {
                CliRun r = exec(c[0], (String[]) c[1]);
                assertEquals(ExitCodes.FAILED, r.code(), r.err());
                assertTrue(r.err().contains(run + " is being written by another Dartboard command (pid " + ProcessHandle.current().pid()
                        + ", dartboard train"), c[0].getClass().getSimpleName() + ": " + r.err());
            }
        } finally {
            release.complete(null);
            holder.join();
        }
        Path typo = dir.resolve("no-such-run");
        CliRun r = exec(new QuantizeCommand(), "--data", "samples", "--run", typo.toString());
        assertEquals(ExitCodes.FAILED, r.code());
        assertFalse(Files.exists(typo), "no folder made for a run that does not exist");
    }
}
