package dev.dartboard.model;

import java.util.List;

/**
 * A discrete network with its front end: what the search decodes and what {@code train}
 * builds from scratch (darts {@code genotypes.py}).
 *
 * <p>Layout: features [frames, features, 1] (H = time, W = feature) → {@link #stem()} →
 * {@link #layers()} in order → global average pool → linear to the label count.
 *
 * @param name       a human label, e.g. {@code dscnn-s} or {@code search-2026-11-24}
 * @param dataConfig the front end the network was searched for (the chosen config)
 * @param stem       the first, full convolution (+ BN + ReLU)
 * @param layers     the chain of layers after the stem; never contains {@link Primitive#ZERO}
 */
public record Genotype(String name, DataConfig dataConfig, Stem stem, List<Layer> layers) {

    public Genotype {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("genotype name is required");
        if (dataConfig == null || stem == null) throw new IllegalArgumentException("data config and stem are required");
        layers = List.copyOf(layers);
        for (Layer l : layers)
            if (l.op() == Primitive.ZERO) throw new IllegalArgumentException("a decoded genotype has no zero op");
    }

    /**
     * The stem convolution.
     * @param channels output channels
     * @param kernelH  kernel along time (frames)
     * @param kernelW  kernel along features
     * @param strideH  stride along time
     * @param strideW  stride along features
     */
    public record Stem(int channels, int kernelH, int kernelW, int strideH, int strideW) {
        public Stem {
            if (channels <= 0 || kernelH <= 0 || kernelW <= 0 || strideH <= 0 || strideW <= 0)
                throw new IllegalArgumentException("stem sizes must be positive");
        }
    }

    /**
     * One layer of the chain.
     * @param op     the primitive
     * @param width  output channels
     * @param stride 1 or 2, both spatial axes
     */
    public record Layer(Primitive op, int width, int stride) {
        public Layer {
            if (op == null) throw new IllegalArgumentException("layer op is required");
            if (width <= 0) throw new IllegalArgumentException("width must be positive: " + width);
            if (stride != 1 && stride != 2) throw new IllegalArgumentException("stride must be 1 or 2: " + stride);
        }
    }

    /**
     * DS-CNN-S (Zhang et al., "Hello Edge", 2017) on the default front end (49 × 10 MFCC):
     * conv stem 64 channels 10×4 stride 2, then 4 depthwise-separable 3×3 blocks of 64.
     */
    public static Genotype dscnnS() {
        Layer block = new Layer(Primitive.DW_SEP_3X3, 64, 1);
        return new Genotype("dscnn-s", DataConfig.defaults(), new Stem(64, 10, 4, 2, 2),
                List.of(block, block, block, block));
    }

    /** Named reference genotypes by name ({@code dscnn-s}). */
    public static Genotype named(String name) {
        if ("dscnn-s".equals(name)) return dscnnS();
        throw new IllegalArgumentException("unknown reference genotype '" + name + "' (known: dscnn-s)");
    }
}
