package dev.dartboard.model;

import java.util.Locale;

/**
 * The candidate operations of one mixed layer, as data (darts {@code operations.py}): the
 * supernet iterates the constants a {@link SearchSpace} lists, and the cost model reads the
 * metadata here. Each one's blocks are defined once, in {@link Lowering}, for the supernet, the
 * trainer and the cost model alike; adding a primitive is one constant here plus its case there.
 *
 * <p>Every primitive maps [H, W, Cin] to [H/s, W/s, Cout] for stride s ∈ {1, 2} with "same"
 * padding; the ones without weights keep the channel count (Cout = Cin) unless a 1x1
 * projection is added by the builder when widths differ.
 */
public enum Primitive {
    /** Depthwise k×k → pointwise 1x1 → BN → ReLU (DS-CNN block). */
    DW_SEP_3X3(Kind.SEPARABLE, 3, true, 1),
    /** Depthwise 5×5 → pointwise 1x1 → BN → ReLU. */
    DW_SEP_5X5(Kind.SEPARABLE, 5, true, 1),
    /** Full 3×3 convolution → BN → ReLU. */
    CONV_3X3(Kind.CONV, 3, true, 1),
    /** MobileNetV2 block: 1x1 expand (×{@link #expansion()}) → BN → ReLU → depthwise 3×3 → BN → ReLU → 1x1 project → BN, + input. */
    INV_RES_3X3(Kind.INVERTED_RESIDUAL, 3, true, 4),
    /** 3×3 max pooling, padding with −∞. */
    MAX_POOL_3X3(Kind.POOL, 3, false, 1),
    /** 3×3 average pooling, padding excluded from the divisor. */
    AVG_POOL_3X3(Kind.POOL, 3, false, 1),
    /** Identity (a 1x1 projection only where stride or width changes). */
    SKIP(Kind.IDENTITY, 1, false, 1),
    /** Outputs zeros: lets the search drop a layer's contribution; never in a decoded net. */
    ZERO(Kind.ZERO, 0, false, 1);

    /** Families with the same cost formula shape. */
    public enum Kind { SEPARABLE, CONV, INVERTED_RESIDUAL, POOL, IDENTITY, ZERO }

    private final Kind kind;
    private final int kernel;
    private final boolean weights;
    private final int expansion;

    Primitive(Kind kind, int kernel, boolean weights, int expansion) {
        this.kind = kind;
        this.kernel = kernel;
        this.weights = weights;
        this.expansion = expansion;
    }

    public Kind kind() { return kind; }

    /** Spatial kernel side in cells (square kernels); 1 for identity, 0 for zero. */
    public int kernel() { return kernel; }

    /** Whether the op owns trainable weights (and so costs flash). */
    public boolean hasWeights() { return weights; }

    /** Channel expansion factor of the hidden 1x1 (inverted residual); 1 otherwise. */
    public int expansion() { return expansion; }

    /** Lower-case, hyphenated spelling used in JSON (every run file) and on the CLI, e.g. {@code dw-sep-3x3}. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String cliName() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    /** Parses {@link #cliName()} or the constant name (what files written before 2026-12 hold). */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static Primitive parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Primitive p : values()) if (p.name().equals(t)) return p;
        throw new IllegalArgumentException("unknown primitive '" + text + "'");
    }
}
