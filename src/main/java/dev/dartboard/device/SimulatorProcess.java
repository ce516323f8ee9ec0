package dev.dartboard.device;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The host-built board simulator running on a tty path with a flash image file. Owns the process:
 * {@link #powerCut()} kills it at once (SIGKILL), like pulling the USB cable of a real board; until
 * {@link #close()} a JVM shutdown hook kills it too, so a studio or CLI that exits (short of SIGKILL)
 * never leaves it running. Its output goes to a log file; {@link #lastWords} is what it wrote there.
 */
public final class SimulatorProcess implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final long logStart;
    private final Thread reaper;

    private SimulatorProcess(Process process, Path log, long logStart) {
        this.process = process;
        this.log = log;
        this.logStart = logStart;
        this.reaper = ChildReaper.register(process, "dartboard simulator");
    }

    /** {@code extraArgs}: e.g. {@code --board NAME}, {@code --fw 2.0.0}, {@code --crash-in-commit}. */
    public static SimulatorProcess start(Path binary, Path port, Path flashImage, Path log, String... extraArgs) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--port", port.toString(), "--flash", flashImage.toString()));
        cmd.addAll(List.of(extraArgs));
        long start = Files.isRegularFile(log) ? Files.size(log) : 0;
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new SimulatorProcess(p, log, start);
    }

    public boolean isAlive() { return process.isAlive(); }

    public long pid() { return process.pid(); }

    /** Waits for the process to end by itself; returns its exit code, or -1 if still running. */
    public int waitFor(long millis) throws InterruptedException {
        return process.waitFor(millis, TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /**
     * The last {@code lines} non-blank lines this run wrote to its log (stdout and stderr), oldest first; empty when
     * it wrote nothing. Reads at most the last 16 KiB of this run's part of the log.
     */
    public List<String> lastWords(int lines) throws IOException {
        if (!Files.isRegularFile(log)) return List.of();
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            long from = Math.max(logStart, f.length() - 16 * 1024);
            byte[] b = new byte[(int) Math.max(0, f.length() - from)];
            f.seek(from);
            f.readFully(b);
            List<String> all = new String(b, StandardCharsets.UTF_8).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
            return all.subList(Math.max(0, all.size() - lines), all.size());
        }
    }

    public void powerCut() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) powerCut();
        ChildReaper.unregister(reaper);
    }
}
