package dev.dartboard.ui.deploy;

import dev.dartboard.device.PtyPair;
import dev.dartboard.device.SimulatorBuild;
import dev.dartboard.device.SimulatorProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The board simulator for demos without a board (as {@code dartboard device simulate}): builds it
 * from {@code firmware/} with gcc, runs it on one end of a socat pty pair, and offers the other end
 * as a port. Owns both processes until {@link #close()}. Thread-safe (synchronized); start and stop on a worker.
 */
public final class SimulatorControl implements AutoCloseable {
    private final Path firmware;
    private final Path workDir;
    private PtyPair pty;
    private SimulatorProcess sim;

    /** @param workDir where the binary, its flash image and its log live (e.g. target/device-sim) */
    public SimulatorControl(Path firmware, Path workDir) {
        this.firmware = firmware;
        this.workDir = workDir;
    }

    /** Why the simulator cannot run here ("" when it can): socat and gcc are needed. */
    public static String missingTools() {
        if (!PtyPair.socatAvailable()) return "the simulator needs socat (apt install socat)";
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":"))
            if (Files.isExecutable(Path.of(dir, "gcc"))) return "";
        return "the simulator needs gcc to build it (apt install gcc)";
    }

    /** Starts the simulator without a microphone if not running; returns the host-side port path. */
    public synchronized Path start() throws IOException, InterruptedException { return start(null); }

    /**
     * Starts the simulator if not running; returns the host-side port path. {@code mic}: a WAV file or a folder of
     * them that the simulator plays into its keyword listener (in real time, from the start at every HELLO), or null.
     */
    public synchronized Path start(Path mic) throws IOException, InterruptedException {
        if (sim != null && sim.isAlive() && pty.isAlive()) return pty.b();
        close();   // a simulator or socat that died leaves its partner: stop it before starting a new pair
        String missing = missingTools();
        if (!missing.isEmpty()) throw new IOException(missing);
        if (!Files.isDirectory(firmware.resolve("core"))) throw new IOException("no firmware sources at " + firmware.toAbsolutePath());
        Path bin = new SimulatorBuild(firmware, workDir).build();
        pty = PtyPair.open(Files.createTempDirectory("dartboard-sim").resolve("tty"));
        sim = mic == null ? SimulatorProcess.start(bin, pty.a(), workDir.resolve("flash.img"), workDir.resolve("sim.log"))
                : SimulatorProcess.start(bin, pty.a(), workDir.resolve("flash.img"), workDir.resolve("sim.log"), "--mic", mic.toString());
        return pty.b();
    }

    /** The process ids of the simulator and socat while started (for checks that they are gone), else empty. */
    public synchronized java.util.List<Long> pids() {
        java.util.List<Long> pids = new java.util.ArrayList<>();
        if (sim != null) pids.add(sim.pid());
        if (pty != null) pids.add(pty.pid());
        return pids;
    }

    /** Where the simulator keeps its files (binary, flash image, log, microphone clips). */
    public Path workDir() { return workDir; }

    /** The host-side port while running, else null. */
    public synchronized Path port() { return sim != null && sim.isAlive() ? pty.b() : null; }

    /** Stops the simulator and socat; idempotent. */
    @Override
    public synchronized void close() throws InterruptedException {
        if (sim != null) sim.close();
        if (pty != null) pty.close();
        sim = null;
        pty = null;
    }
}
