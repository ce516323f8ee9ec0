package dev.dartboard.device;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The host-built board simulator running on a tty path with a flash image file. Owns the process;
 * {@link #powerCut()} kills it at once (SIGKILL), like pulling the USB cable of a real board.
 */
public final class SimulatorProcess implements AutoCloseable {
    private final Process process;

    private SimulatorProcess(Process process) {
        this.process = process;
    }

    /** {@code extraArgs}: e.g. {@code --board NAME}, {@code --fw 2.0.0}, {@code --crash-in-commit}. */
    public static SimulatorProcess start(Path binary, Path port, Path flashImage, Path log, String... extraArgs) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--port", port.toString(), "--flash", flashImage.toString()));
        cmd.addAll(List.of(extraArgs));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new SimulatorProcess(p);
    }

    public boolean isAlive() { return process.isAlive(); }

    /** Waits for the process to end by itself; returns its exit code, or -1 if still running. */
    public int waitFor(long millis) throws InterruptedException {
        return process.waitFor(millis, TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    public void powerCut() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) powerCut();
    }
}
