package dev.dartboard.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Locale;
import java.util.Random;

/**
 * SpecAugment-style masking of training features: per example, {@code timeMasks} bands of 0..{@code maxFrames}
 * consecutive frames and {@code freqMasks} bands of 0..{@code maxBins} consecutive feature bins are set to the
 * example's mean feature value (a zero is not silence for log-mel or MFCC). Band widths and positions are drawn
 * uniformly, as in Park et al. (2019). A model that cannot lean on one band or one instant generalises to voices
 * whose formants and timing differ from the training voices'.
 *
 * @param timeMasks time bands per example (0 = none)
 * @param maxFrames widest time band, frames
 * @param freqMasks frequency bands per example (0 = none)
 * @param maxBins   widest frequency band, feature bins
 */
public record SpecMask(int timeMasks, int maxFrames, int freqMasks, int maxBins) {
    /** No masking. */
    public static final SpecMask NONE = new SpecMask(0, 0, 0, 0);
    /** Two time bands of up to 8 frames, two frequency bands of up to 3 bins (small: KWS inputs are ~50×10). */
    public static final SpecMask DEFAULT = new SpecMask(2, 8, 2, 3);

    public SpecMask {
        if (timeMasks < 0 || maxFrames < 0 || freqMasks < 0 || maxBins < 0)
            throw new IllegalArgumentException("mask counts and widths must be ≥ 0");
    }

    /** True when no band is ever masked. */
    public boolean off() {
        return timeMasks * maxFrames == 0 && freqMasks * maxBins == 0;
    }

    /** The CLI spelling: {@code none}, or {@code T,W,F,B}. */
    public String cliName() {
        return off() ? "none" : String.format(Locale.ROOT, "%d,%d,%d,%d", timeMasks, maxFrames, freqMasks, maxBins);
    }

    /** Parses {@code none}, {@code default} or {@code T,W,F,B} (time masks, max frames, frequency masks, max bins). */
    public static SpecMask parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("none") || t.equals("off")) return NONE;
        if (t.equals("default") || t.equals("on")) return DEFAULT;
        String[] p = t.split(",");
        try {
            if (p.length == 4) return new SpecMask(Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()),
                    Integer.parseInt(p[2].strip()), Integer.parseInt(p[3].strip()));
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("'" + text + "' is not a mask setting: use none, default, or T,W,F,B "
                + "(time masks, widest in frames, frequency masks, widest in bins), e.g. 2,8,2,3");
    }

    /** A masked copy of a batch [B, frames, features, 1]; the batch itself when off. */
    INDArray apply(INDArray batch, Random random) {
        if (off()) return batch;
        long[] shape = batch.shape();
        int b = (int) shape[0], frames = (int) shape[1], feats = (int) shape[2];
        float[] x = batch.dup('c').data().asFloat();
        for (int i = 0; i < b; i++) mask(x, i * frames * feats, frames, feats, random);
        return Nd4j.create(x, shape, 'c');
    }

    /** Masks one example [frames, feats] stored at {@code base}. */
    void mask(float[] x, int base, int frames, int feats, Random random) {
        double sum = 0;
        for (int k = 0; k < frames * feats; k++) sum += x[base + k];
        float mean = (float) (sum / (frames * feats));
        for (int m = 0; m < timeMasks; m++) {
            int w = random.nextInt(Math.min(maxFrames, frames) + 1), t0 = random.nextInt(frames - w + 1);
            for (int t = t0; t < t0 + w; t++) java.util.Arrays.fill(x, base + t * feats, base + (t + 1) * feats, mean);
        }
        for (int m = 0; m < freqMasks; m++) {
            int w = random.nextInt(Math.min(maxBins, feats) + 1), f0 = random.nextInt(feats - w + 1);
            for (int t = 0; t < frames; t++)
                for (int f = f0; f < f0 + w; f++) x[base + t * feats + f] = mean;
        }
    }
}
