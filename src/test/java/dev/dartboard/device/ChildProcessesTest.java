package dev.dartboard.device;

import dev.dartboard.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 17 item 5: {@code device simulate} says when its simulator dies (exit 1, the child's last words), and the
 * simulator and socat a JVM started do not outlive it.
 */
class ChildProcessesTest {
    @TempDir Path dir;

    private static Path link() {
        return Path.of("/tmp", "dartboard-t" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void simulateExitsOneWithTheSimulatorsLastWordsWhenItDies() throws Exception {
        assumeTrue(PtyPair.socatAvailable(), "socat is not installed");
        Path notAnImage = Files.createDirectories(dir.resolve("flash-is-a-folder"));
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("device", "simulate", "--link", link().toString(), "--flash", notAnImage.toString());
        assertEquals(1, code, err.toString());
        String line = err.toString().strip();
        // sim_main.c: perror(image) and exit 1 when the flash image cannot be opened
        assertTrue(line.startsWith("error: the simulator exited with code 1: ") && line.contains(notAnImage.toString()), line);
        assertEquals(1, line.lines().count(), line);
    }

    /** An in-process caller (the headless tour) stops {@code device simulate} by interrupting its thread: exit 0, both children gone. */
    @Test
    void simulateInterruptedStopsTheSimulatorAndSocatAndExitsZero() throws Exception {
        assumeTrue(PtyPair.socatAvailable(), "socat is not installed");
        assumeTrue(List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream().anyMatch(d -> Files.isExecutable(Path.of(d, "gcc"))),
                "gcc is not installed");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int[] code = {-1};
        Path link = link();
        List<Long> before = ProcessHandle.current().children().map(ProcessHandle::pid).toList();
        Thread t = new Thread(() -> {
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            code[0] = cl.execute("device", "simulate", "--link", link.toString(), "--flash", dir.resolve("flash.img").toString());
        });
        t.start();
        long end = System.currentTimeMillis() + 120_000;
        while (!out.toString().contains("\"port\"") && t.isAlive() && System.currentTimeMillis() < end) Thread.sleep(20);
        assertTrue(out.toString().contains(link + "B"), out + "\n" + err);
        List<ProcessHandle> children = ProcessHandle.current().children().filter(p -> !before.contains(p.pid()))
                .filter(p -> p.info().command().map(c -> c.endsWith("socat") || c.endsWith("dartboard-sim")).orElse(false)).toList();
        assertEquals(2, children.size(), "socat and the simulator run: " + children);
        t.interrupt();
        t.join(10_000);
        assertFalse(t.isAlive());
        assertEquals(0, code[0], err.toString());
        assertEquals("", err.toString());
        for (ProcessHandle p : children) assertFalse(p.isAlive(), "still running: " + p.info());
    }

    @Test
    void lastWordsAreThisRunsOnly() throws Exception {
        Path script = dir.resolve("fake-sim");
        Files.writeString(script, "#!/bin/sh\necho 'booting'\necho 'flash: bad magic' >&2\nexit 3\n");
        assertTrue(script.toFile().setExecutable(true));
        Path log = Files.writeString(dir.resolve("sim.log"), "old run: said this\n");
        try (SimulatorProcess p = SimulatorProcess.start(script, dir.resolve("tty"), dir.resolve("img"), log)) {
            assertEquals(3, p.waitFor(5000));
            assertEquals(List.of("booting", "flash: bad magic"), p.lastWords(5));
            assertEquals(List.of("flash: bad magic"), p.lastWords(1));
        }
    }

    /** A JVM that opens a pty pair, prints socat's pid and exits without closing it (a studio closed any way but SIGKILL). */
    public static final class ExitWithoutClose {
        public static void main(String[] args) throws IOException {
            PtyPair pty = PtyPair.open(Path.of(args[0]));
            System.out.println(pty.pid());
            System.out.flush();
            System.exit(0);
        }
    }

    @Test
    void socatDoesNotOutliveTheJvmThatStartedIt() throws Exception {
        assumeTrue(PtyPair.socatAvailable(), "socat is not installed");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ExitWithoutClose.class.getName(),
                link().toString()).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes()).strip();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        long pid = Long.parseLong(out.lines().reduce((a, b) -> b).orElseThrow());
        var socat = ProcessHandle.of(pid);
        if (socat.isPresent()) socat.get().onExit().get(5, TimeUnit.SECONDS);
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "socat " + pid + " still runs");
    }
}
