package dev.dartboard.nas;

/**
 * One data config's stem: a full convolution from its feature map [frames, features, 1] (NHWC,
 * H = time) to the common grid, explicit symmetric zero padding, then affine-free BN and ReLU.
 */
public record StemSpec(int inH, int inW, int kH, int kW, int sH, int sW, int pH, int pW) {

    public int outH() { return (inH + 2 * pH - kH) / sH + 1; }

    public int outW() { return (inW + 2 * pW - kW) / sW + 1; }

    /**
     * The stem that maps [inH, inW] onto [outH, outW] as {@code darts_peer.py} does: per axis
     * stride s = ceil(in / out); s ≤ 4 → kernel 3, pad 1; larger s → kernel s, pad 0
     * (non-overlapping bands along wide feature axes).
     *
     * @throws IllegalArgumentException when that rule does not land exactly on the grid
     */
    public static StemSpec toGrid(int inH, int inW, int outH, int outW) {
        int sH = ceilDiv(inH, outH), sW = ceilDiv(inW, outW);
        StemSpec s = new StemSpec(inH, inW, kernel(sH), kernel(sW), sH, sW, pad(sH), pad(sW));
        if (s.outH() != outH || s.outW() != outW)
            throw new IllegalArgumentException("no stem maps " + inH + "x" + inW + " onto " + outH + "x" + outW
                    + " (got " + s.outH() + "x" + s.outW() + ")");
        return s;
    }

    private static int kernel(int stride) { return stride <= 4 ? 3 : stride; }

    private static int pad(int stride) { return stride <= 4 ? 1 : 0; }

    private static int ceilDiv(int a, int b) { return (a + b - 1) / b; }
}
