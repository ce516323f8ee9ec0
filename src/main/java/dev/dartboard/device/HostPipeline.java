package dev.dartboard.device;

import dev.dartboard.features.FeatureExtractor;
import dev.dartboard.model.DataConfig;
import dev.dartboard.quant.Int8Interpreter;
import dev.dartboard.quant.QuantModel;

import java.util.ArrayList;
import java.util.List;

/**
 * The Java pipeline the board is compared with: {@link FeatureExtractor} + input quantization +
 * {@link Int8Interpreter}, on one PCM clip ({@link #scores}) or on a continuous stream with the board's
 * listening cadence and {@link DetectionRule} ({@link #listen}). Not thread-safe (one extractor).
 */
public final class HostPipeline {
    private final QuantModel model;
    private final DataConfig c;
    private final FeatureExtractor fe;
    private final Int8Interpreter int8;

    public HostPipeline(QuantModel model) {
        if (model.dataConfig() == null) throw new IllegalArgumentException("the model has no front end (DataConfig)");
        this.model = model;
        this.c = model.dataConfig();
        this.fe = new FeatureExtractor(c);
        this.int8 = new Int8Interpreter(model);
    }

    /** int8 features of the clip starting at {@code pcm[start]} (zeros past the end). */
    public byte[] features(short[] pcm, int start) {
        float[] x = new float[c.clipSamples()], out = new float[c.frames() * c.features()];
        for (int i = 0; i < x.length && start + i < pcm.length; i++) x[i] = pcm[start + i] / 32768f;
        fe.extract(x, out);
        return model.quantizeInput(out);
    }

    /** int8 logits of one clip. */
    public byte[] scores(short[] clip) {
        return int8.logits(features(clip, 0));
    }

    /**
     * Detections on a stream, as dp_listen: frame k ends at sample k*hop + window; from the frame that
     * fills the matrix on, the model runs every {@code everyFrames} frames on the last frames() frames.
     */
    public List<DetectionRule.Detection> listen(short[] pcm, DetectionRule.Config cfg) {
        DetectionRule rule = new DetectionRule(cfg, model.labels());
        List<DetectionRule.Detection> out = new ArrayList<>();
        int since = 0, hop = c.hopSamples(), frames = c.frames();
        for (long k = 0; k * hop + c.winSamples() <= pcm.length; k++) {
            since++;
            if (k + 1 < frames || since < cfg.everyFrames()) continue;
            since = 0;
            long end = k * hop + c.winSamples();
            DetectionRule.Detection d = rule.update(int8.logits(features(pcm, (int) ((k + 1 - frames) * hop))), end * 1000 / c.sampleRate());
            if (d != null) out.add(d);
        }
        return out;
    }
}
