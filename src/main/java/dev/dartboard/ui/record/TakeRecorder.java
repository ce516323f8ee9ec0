package dev.dartboard.ui.record;

import dev.dartboard.audio.AudioSource;
import dev.dartboard.audio.LevelMeter;
import dev.dartboard.audio.PcmClip;
import dev.dartboard.task.TaskContext;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Captures one take from an {@link AudioSource}: meters every block, discards the count-in, keeps
 * {@link RecordPlan#takeMs()} of audio, stops the source. UI-free; runs on a task's worker thread.
 */
final class TakeRecorder {
    private final LevelMeter meter;

    TakeRecorder(LevelMeter meter) { this.meter = meter; }

    /**
     * @param levels receives each block's level and the count-in second left (0 while recording)
     * @return the raw take (may be shorter when the source ran dry or timed out)
     */
    PcmClip record(AudioSource source, RecordPlan plan, TaskContext ctx, Consumer<Reading> levels) throws Exception {
        int rate = AudioSource.SAMPLE_RATE;
        int skip = plan.samples(plan.countInMs(), rate), keep = plan.samples(plan.takeMs(), rate);
        float[] take = new float[keep];
        AtomicInteger seen = new AtomicInteger();
        source.start(block -> {
            int at = seen.getAndAdd(block.length);
            int secondsLeft = at < skip ? (int) Math.ceil((skip - at) / (double) rate) : 0;
            levels.accept(new Reading(meter.measure(block), secondsLeft));
            for (int i = 0; i < block.length; i++) {
                int k = at + i - skip;
                if (k >= 0 && k < keep) take[k] = block[i];
            }
            if (at + block.length >= skip + keep) source.stop();
        });
        waitFor(source, seen, skip + keep, plan, ctx);
        int got = Math.max(0, Math.min(keep, seen.get() - skip));
        return new PcmClip(java.util.Arrays.copyOf(take, got), rate);
    }

    private static void waitFor(AudioSource source, AtomicInteger seen, int total, RecordPlan plan, TaskContext ctx) throws Exception {
        long deadline = System.nanoTime() + (plan.countInMs() + plan.takeMs() + plan.timeoutMs()) * 1_000_000L;
        try {
            while (seen.get() < total && System.nanoTime() < deadline) {
                ctx.checkCancelled();
                Thread.sleep(20);
            }
        } finally {
            source.stop();
        }
    }

    /** A level reading during a take; {@code countIn} seconds left before recording, 0 while recording. */
    record Reading(LevelMeter.Level level, int countIn) { }
}
