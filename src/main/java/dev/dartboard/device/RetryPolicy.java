package dev.dartboard.device;

/**
 * How long to wait for an answer and how often to retry. Timeouts in milliseconds; the wait
 * doubles after each failure up to {@code maxTimeoutMs} and resets after a success.
 * {@code maxAttempts} counts consecutive failures before giving up.
 */
public record RetryPolicy(int timeoutMs, int maxTimeoutMs, int maxAttempts) {
    /** For a real Nano 33 BLE: a page erase stalls the CPU for up to 85 ms. */
    public static final RetryPolicy BOARD = new RetryPolicy(250, 2000, 10);
    /** For the simulator on a pty. */
    public static final RetryPolicy SIMULATOR = new RetryPolicy(60, 1000, 12);

    public RetryPolicy {
        if (timeoutMs <= 0 || maxTimeoutMs < timeoutMs || maxAttempts < 1) throw new IllegalArgumentException("bad retry policy");
    }

    public int next(int currentMs) {
        return Math.min(maxTimeoutMs, currentMs * 2);
    }
}
