package dev.dartboard.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Two connected pseudo-terminals made by {@code socat}, reachable by the symlinks {@link #a()} and
 * {@link #b()}: bytes written to one come out of the other. Owns the socat process; close kills it, and
 * so does JVM exit before close ({@link ChildReaper}).
 */
public final class PtyPair implements AutoCloseable {
    private final Process socat;
    private final Path a;
    private final Path b;
    private final Thread reaper;

    private PtyPair(Process socat, Path a, Path b) {
        this.socat = socat;
        this.a = a;
        this.b = b;
        this.reaper = ChildReaper.register(socat, "socat");
    }

    /** True if {@code socat} is on the PATH. */
    public static boolean socatAvailable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":"))
            if (Files.isExecutable(Path.of(dir, "socat"))) return true;
        return false;
    }

    /** Starts socat with links {@code <prefix>A} and {@code <prefix>B}; waits up to 5 s for them. */
    public static PtyPair open(Path prefix) throws IOException {
        Path a = Path.of(prefix + "A"), b = Path.of(prefix + "B");
        Process p = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(a) && Files.exists(b))) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                p.destroyForcibly();
                throw new IOException("socat did not create " + a + " and " + b);
            }
            sleep(10);
        }
        return new PtyPair(p, a, b);
    }

    public Path a() { return a; }
    public Path b() { return b; }

    /** True while socat (and so the pair) is running. */
    public boolean isAlive() { return socat.isAlive(); }

    public long pid() { return socat.pid(); }

    @Override
    public void close() {
        socat.destroy();
        try {
            if (!socat.waitFor(2, TimeUnit.SECONDS)) socat.destroyForcibly();
        } catch (InterruptedException e) {
            socat.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        ChildReaper.unregister(reaper);
    }

    private static void sleep(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
