package dev.dartboard.audio;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * An {@link AudioSource} that plays a given 16 kHz clip, for tests and demos. {@link #start}
 * delivers every block synchronously on the calling thread, in order, then returns; blocks hold
 * {@code blockSamples} samples except the last, which may be shorter. A listener may call
 * {@link #stop()} to end playback early.
 */
public final class FakeAudioSource implements AudioSource {
    private final PcmClip clip;
    private final int blockSamples;
    private final LevelMeter meter;
    private volatile boolean running;
    private volatile LevelMeter.Level level = LevelMeter.SILENCE;

    /** @param clip must be at {@link #SAMPLE_RATE} Hz; @param blockSamples ≥ 1 */
    public FakeAudioSource(PcmClip clip, int blockSamples, LevelMeter meter) {
        if (clip.sampleRate() != SAMPLE_RATE)
            throw new IllegalArgumentException("FakeAudioSource plays " + SAMPLE_RATE + " Hz clips, got " + clip.sampleRate());
        if (blockSamples < 1) throw new IllegalArgumentException("block size must be positive: " + blockSamples);
        this.clip = clip;
        this.blockSamples = blockSamples;
        this.meter = meter;
    }

    @Override
    public void start(Consumer<float[]> listener) {
        if (running) throw new IllegalStateException("already started");
        running = true;
        float[] s = clip.samples();
        for (int at = 0; at < s.length && running; at += blockSamples) {
            float[] block = Arrays.copyOfRange(s, at, Math.min(s.length, at + blockSamples));
            level = meter.measure(block);
            listener.accept(block);
        }
        running = false;
    }

    @Override
    public void stop() { running = false; }

    @Override
    public LevelMeter.Level level() { return level; }
}
