package dev.dartboard.data;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A front end for tests: feature j of a clip = sample 20·j (so values are easy to predict), and a
 * counter of computed clips (to tell cache hits from rebuilds).
 */
final class FakeFeatures implements FeatureFunction {
    /** As 16 kHz log-mel, 25 ms / 10 ms, 10 mels, 100 ms would be: 1600 samples, 8 frames × 10 features. */
    static final FeatureShape CONFIG = new FeatureShape("log-mel-16k-w25-h10-m10-l100", 8, 10);
    static final int STRIDE = 20;
    final AtomicInteger computed = new AtomicInteger();

    @Override
    public int length() { return 80; }

    @Override
    public void compute(float[] samples, float[] out) {
        computed.incrementAndGet();
        for (int j = 0; j < out.length; j++) out[j] = samples[STRIDE * j];
    }
}
