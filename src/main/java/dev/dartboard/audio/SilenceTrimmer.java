package dev.dartboard.audio;

import java.util.Arrays;

/**
 * Trims leading and trailing silence by frame energy: frames of {@code frameMs} whose RMS is below
 * {@code thresholdDbfs} (see {@link LevelMeter}) are silence; the kept span runs from the first to
 * the last loud frame, widened by {@code marginMs} each side and clamped to the clip. A clip with
 * no loud frame trims to zero samples. Immutable, thread-safe.
 */
public final class SilenceTrimmer {
    private final double thresholdDbfs;
    private final double frameMs;
    private final double marginMs;
    private final LevelMeter meter;

    public SilenceTrimmer(double thresholdDbfs, double frameMs, double marginMs, LevelMeter meter) {
        if (frameMs <= 0 || marginMs < 0) throw new IllegalArgumentException("frame must be > 0 ms, margin ≥ 0 ms");
        this.thresholdDbfs = thresholdDbfs;
        this.frameMs = frameMs;
        this.marginMs = marginMs;
        this.meter = meter;
    }

    /** The trimmed copy of {@code clip} (same rate). */
    public PcmClip trim(PcmClip clip) {
        int[] span = loudSpan(clip);
        return new PcmClip(Arrays.copyOfRange(clip.samples(), span[0], span[1]), clip.sampleRate());
    }

    /** [start, end) in samples of the kept span; [0, 0) when nothing is loud. */
    public int[] loudSpan(PcmClip clip) {
        float[] s = clip.samples();
        int frame = Math.max(1, (int) Math.round(frameMs * clip.sampleRate() / 1000));
        int first = -1, last = -1;
        for (int at = 0; at < s.length; at += frame) {
            float[] f = Arrays.copyOfRange(s, at, Math.min(s.length, at + frame));
            if (meter.measure(f).rmsDbfs() < thresholdDbfs) continue;
            if (first < 0) first = at;
            last = Math.min(s.length, at + frame);
        }
        if (first < 0) return new int[] {0, 0};
        int margin = (int) Math.round(marginMs * clip.sampleRate() / 1000);
        return new int[] {Math.max(0, first - margin), Math.min(s.length, last + margin)};
    }
}
