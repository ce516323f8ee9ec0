package dev.dartboard.ui.record;

/**
 * How one take is captured, in samples at the source's rate so that fake sources (which deliver
 * instantly) and the microphone (real time) behave alike.
 *
 * @param countInMs audio discarded before the take while the count-in shows (level still metered)
 * @param takeMs    audio kept per take before trimming
 * @param timeoutMs how long to wait for the source beyond countIn + take before giving up
 */
public record RecordPlan(int countInMs, int takeMs, int timeoutMs) {
    public static RecordPlan standard() { return new RecordPlan(3000, 1500, 3000); }

    int samples(int ms, int rate) { return (int) ((long) ms * rate / 1000); }
}
