package dev.dartboard.nas;

/**
 * One data config's stem: a full convolution from its feature map [frames, features, 1] (NHWC,
 * H = time) to the common grid, explicit symmetric zero padding, then affine-free BN and ReLU.
 */
public record StemSpec(int inH, int inW, int kH, int kW, int sH, int sW, int pH, int pW) {

    /** The deployed stem of a decoded genotype: this kernel and stride, "same" padding, {@code channels} out. */
    public dev.dartboard.model.Genotype.Stem deployed(int channels) {
        return new dev.dartboard.model.Genotype.Stem(channels, kH, kW, sH, sW);
    }

    public int outH() { return (inH + 2 * pH - kH) / sH + 1; }

    public int outW() { return (inW + 2 * pW - kW) / sW + 1; }

    /**
     * The stem that maps [inH, inW] onto [outH, outW]. Per axis stride s = ceil(in / out); s ≤ 2 →
     * kernel 3, pad 1; s 3–4 → kernel 5, pad 2; larger s → kernel s, pad 0 (non-overlapping bands along
     * wide feature axes). The kernel is never narrower than the stride, so no input row is skipped (a
     * 3-tall kernel at stride 4 would drop every fourth frame: measured 85.9% vs 95.6% on unseen voices
     * for the same network). Where that misses the grid (e.g. 157 frames onto 24), per axis the
     * the (stride s ∈ {ceil(in/out), floor(in/out)}, kernel k ∈ [max(3, s), 4s + 3], pad p ∈ [0, k)) that
     * lands exactly with the least padding, then the smallest kernel.
     *
     * @throws IllegalArgumentException when no such stem exists
     */
    public static StemSpec toGrid(int inH, int inW, int outH, int outW) {
        int sH = ceilDiv(inH, outH), sW = ceilDiv(inW, outW);
        StemSpec s = new StemSpec(inH, inW, kernel(sH), kernel(sW), sH, sW, pad(sH), pad(sW));
        if (s.outH() == outH && s.outW() == outW) return s;
        int[] h = axis(inH, outH), w = axis(inW, outW);
        if (h == null || w == null)
            throw new IllegalArgumentException("no stem maps " + inH + "x" + inW + " onto " + outH + "x" + outW);
        return new StemSpec(inH, inW, h[0], w[0], h[1], w[1], h[2], w[2]);
    }

    /** {kernel, stride, pad} of one axis landing exactly on {@code out}, or null. */
    private static int[] axis(int in, int out) {
        int[] best = null;
        for (int s : new int[]{ceilDiv(in, out), Math.max(1, in / out)})
            for (int k = Math.max(3, s); k <= 4 * s + 3; k++)
                for (int p = 0; p < k; p++)
                    if (in + 2 * p - k >= 0 && (in + 2 * p - k) / s + 1 == out
                            && (best == null || p < best[2] || (p == best[2] && k < best[0]))) best = new int[]{k, s, p};
        return best;
    }

    private static int kernel(int stride) { return stride <= 2 ? 3 : stride <= 4 ? 5 : stride; }

    private static int pad(int stride) { return stride <= 2 ? 1 : stride <= 4 ? 2 : 0; }

    private static int ceilDiv(int a, int b) { return (a + b - 1) / b; }
}
