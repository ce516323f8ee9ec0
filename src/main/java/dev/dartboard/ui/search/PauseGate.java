package dev.dartboard.ui.search;

/**
 * Pause, resume and stop for one search run. The studio calls {@link #pause()}, {@link #resume()} and
 * {@link #cancel()} from the FX thread; the search thread calls {@link #await()} between units of work
 * (every step, every clip read while features are prepared). While paused, {@code await()} blocks, so no
 * work is lost and nothing is recomputed; once cancelled it throws {@link Stopped}. One gate per run.
 * Thread-safe (one monitor).
 */
public final class PauseGate {
    private boolean paused;
    private boolean cancelled;
    private int waiting;

    /** The search blocks at its next {@link #await()}. Ignored once cancelled. */
    public synchronized void pause() { if (!cancelled) paused = true; }

    /** Releases a paused search. */
    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    /** Stops the search at its next {@link #await()}, a paused one at once. Idempotent. */
    public synchronized void cancel() {
        cancelled = true;
        paused = false;
        notifyAll();
    }

    public synchronized boolean isPaused() { return paused; }

    public synchronized boolean isCancelled() { return cancelled; }

    /** Threads blocked in {@link #await()} right now. */
    public synchronized int waiting() { return waiting; }

    /**
     * Returns at once unless paused; while paused, blocks until resumed or cancelled.
     * @throws Stopped when cancelled, or when the waiting thread is interrupted (its flag is kept)
     */
    public synchronized void await() {
        waiting++;
        try {
            while (paused) wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        } finally {
            waiting--;
        }
        if (cancelled) throw new Stopped();
    }

    /** Thrown on the search thread to end a cancelled search (no stack trace: it is not an error). */
    public static final class Stopped extends RuntimeException {
        Stopped() { super("search cancelled", null, false, false); }
    }
}
