package dev.dartboard.train;

import dev.dartboard.model.Genotype;
import dev.dartboard.model.Lowering;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The discrete network of a {@link Genotype} as a SameDiff graph (pure: same genotype, classes, mode
 * and seed → the same graph and bit-identical initial weights). Input {@code input} [B, frames,
 * features, 1]; the blocks {@link Lowering} defines (stem conv → BN → ReLU, the layers, global average
 * pool, linear head), built by {@link NetGraph}. TRAIN mode adds the placeholder {@code label} [B, classes]
 * (one-hot) and the scalar {@code loss} (mean softmax cross-entropy), with its gradient function created (stdout muted).
 */
public final class NetBuilder {
    public static final String LABEL = "label", LOSS = "loss";

    private NetBuilder() { }

    public static DiscreteNet build(Genotype g, int classes, NetMode mode, long seed) {
        int[] in = {g.dataConfig().frames(), g.dataConfig().features(), 1};
        NetGraph net = new NetGraph(in, mode, seed);
        int logits = Lowering.network(net, g, classes);
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
}
