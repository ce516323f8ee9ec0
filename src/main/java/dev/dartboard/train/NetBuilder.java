package dev.dartboard.train;

import dev.dartboard.model.FloatOp.Activation;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Primitive;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The discrete network of a {@link Genotype} as a SameDiff graph (pure: same genotype, classes, mode
 * and seed → the same graph and bit-identical initial weights). Input {@code input} [B, frames,
 * features, 1]; stem conv → BN → ReLU; each layer as {@link LayerOps} defines it; global average pool;
 * linear head. TRAIN mode adds the placeholder {@code label} [B, classes] (one-hot) and the scalar
 * {@code loss} (mean softmax cross-entropy), with its gradient function created (stdout muted).
 */
public final class NetBuilder {
    public static final String LABEL = "label", LOSS = "loss";

    private NetBuilder() { }

    public static DiscreteNet build(Genotype g, int classes, NetMode mode, long seed) {
        int[] in = {g.dataConfig().frames(), g.dataConfig().features(), 1};
        NetGraph net = new NetGraph(in, mode, seed);
        Genotype.Stem s = g.stem();
        int h = net.conv(-1, s.channels(), s.kernelH(), s.kernelW(), s.strideH(), s.strideW(), Activation.RELU);
        LayerOps ops = new LayerOps(net);
        for (Genotype.Layer layer : g.layers()) h = ops.add(h, layer);
        int logits = net.fc(net.mean(h), classes);
        SameDiff sd = net.sd();
        String logitsName = net.out(logits).name();
        if (mode == NetMode.TRAIN) addLoss(sd, net.out(logits), classes);
        return new DiscreteNet(sd, net.units(), net.params(), net.batchNorm().names(), in, classes, logitsName);
    }

    private static void addLoss(SameDiff sd, SDVariable logits, int classes) {
        SDVariable label = sd.placeHolder(LABEL, DataType.FLOAT, -1, classes);
        sd.loss().softmaxCrossEntropy(LOSS, label, logits, null);
        sd.setLossVariables(LOSS);
        Quiet.run(sd::createGradFunction);
    }

    /** Maps each primitive onto NetGraph ops; post-activation order (op → BN → ReLU) so every ReLU fuses. */
    static final class LayerOps {
        private final NetGraph net;

        LayerOps(NetGraph net) { this.net = net; }

        /** Appends one layer reading unit {@code in}; returns the unit holding its output. */
        int add(int in, Genotype.Layer l) {
            int s = l.stride(), w = l.width();
            return switch (l.op()) {
                case DW_SEP_3X3, DW_SEP_5X5 -> net.conv(net.depthwise(in, l.op().kernel(), s, false, Activation.NONE),
                        w, 1, 1, 1, 1, Activation.RELU);
                case CONV_3X3 -> net.conv(in, w, 3, 3, s, s, Activation.RELU);
                case INV_RES_3X3 -> invertedResidual(in, w, s);
                case MAX_POOL_3X3, AVG_POOL_3X3 -> project(net.pool(in, l.op() == Primitive.MAX_POOL_3X3, 3, s), w, 1);
                case SKIP -> project(in, w, s);
                case ZERO -> throw new IllegalArgumentException("a discrete network has no zero op");
            };
        }

        /** 1x1 expand → BN → ReLU → dw 3×3 (stride s) → BN → ReLU → 1x1 project → BN; + input when shapes agree. */
        private int invertedResidual(int in, int w, int s) {
            int cin = net.shape(in)[2];
            int e = net.conv(in, cin * Primitive.INV_RES_3X3.expansion(), 1, 1, 1, 1, Activation.RELU);
            int p = net.conv(net.depthwise(e, 3, s, true, Activation.RELU), w, 1, 1, 1, 1, Activation.NONE);
            return s == 1 && cin == w ? net.add(in, p) : p;
        }

        /** Identity, or a linear 1x1 conv (stride s) → BN where stride or width changes. */
        private int project(int in, int w, int s) {
            return s == 1 && net.shape(in)[2] == w ? in : net.conv(in, w, 1, 1, s, s, Activation.NONE);
        }
    }
}
