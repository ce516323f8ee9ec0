package dev.dartboard.device;

/**
 * JVM shutdown hooks that kill child processes Dartboard started (simulator, socat) when the JVM exits with them
 * still running: window closed, Ctrl-C, SIGTERM. Only SIGKILL of the JVM leaves them. Stateless.
 */
final class ChildReaper {
    private ChildReaper() { }

    /** Registers a hook that kills {@code process} (and what it started) at JVM exit; returns it for {@link #unregister}. */
    static Thread register(Process process, String name) {
        Thread hook = new Thread(() -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }, "stop " + name);
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            process.destroyForcibly();
        }
        return hook;
    }

    /** Removes a hook once its process was stopped normally; a no-op during shutdown. */
    static void unregister(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs (or ran) anyway
        }
    }
}
