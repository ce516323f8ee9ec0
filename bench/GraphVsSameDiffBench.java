/*
 * DL4J ComputationGraph vs SameDiff: ms per training step of DS-CNN-S (stem conv 64 ch 10×4/2 + BN + ReLU,
 * 4 × [depthwise 3×3 → 1×1 conv 64 → BN → ReLU], global average pool, FC 12, softmax cross-entropy, SGD
 * momentum 0.9) at batch B on random data, after warm-up. Not a unit test; needs the dl4j-bench profile:
 *   bench/run-graph-vs-samediff.sh [batch] [steps]
 * SameDiff: Dartboard's own NetBuilder graph (NHWC), stepped as Trainer steps it (gradients, Optimizer,
 * BN running statistics, System.gc()). ComputationGraph: the same layers in DL4J (NCHW, its default layout),
 * fit(DataSet), once with workspaces alone and once with a System.gc() after each step as well. The three
 * are timed in interleaved rounds of 5 steps so that load changes on a shared machine hit them alike.
 */

import dev.dartboard.model.Genotype;
import dev.dartboard.train.DiscreteNet;
import dev.dartboard.train.NetBuilder;
import dev.dartboard.train.NetMode;
import dev.dartboard.train.Optimizer;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DepthwiseConvolution2D;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

public class GraphVsSameDiffBench {
    static final int CLASSES = 12, WARMUP = 5;

    public static void main(String[] a) {
        int batch = a.length > 0 ? Integer.parseInt(a[0]) : 64, steps = a.length > 1 ? Integer.parseInt(a[1]) : 30;
        Genotype g = Genotype.dscnnS();
        int frames = g.dataConfig().frames(), feats = g.dataConfig().features();
        INDArray y = labels(batch);
        SameDiffStep sd = new SameDiffStep(g, Nd4j.rand(new long[]{batch, frames, feats, 1}).subi(0.5).muli(20), y);
        ComputationGraph cg = graph(frames, feats);
        DataSet ds = new DataSet(Nd4j.rand(new long[]{batch, 1, frames, feats}).subi(0.5).muli(20), y);
        time(WARMUP, sd::step);
        time(WARMUP, () -> cg.fit(ds));
        // interleaved rounds, so that a change in machine load hits all three alike
        double tSd = 0, tCg = 0, tCgGc = 0;
        for (int done = 0; done < steps; done += 5) {
            int k = Math.min(5, steps - done);
            tSd += time(k, sd::step);
            tCg += time(k, () -> cg.fit(ds));
            tCgGc += time(k, () -> { cg.fit(ds); System.gc(); });
        }
        System.out.printf(Locale.ROOT, "DS-CNN-S B=%d, %d steps each: SameDiff %.1f ms/step (%d params); ComputationGraph %.1f ms/step, "
                        + "with System.gc() %.1f ms/step (%d params incl. BN running stats); ComputationGraph / SameDiff = %.2f (with gc %.2f)%n",
                batch, steps, tSd / steps, params(g), tCg / steps, tCgGc / steps, cg.numParams(), tCg / tSd, tCgGc / tSd);
    }

    /** Milliseconds of {@code n} runs of {@code step}. */
    static double time(int n, Runnable step) {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) step.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    /** One SameDiff training step as Trainer takes it. */
    static final class SameDiffStep {
        private final DiscreteNet net;
        private final List<String> outs = new ArrayList<>(List.of(NetBuilder.LOSS));
        private final Optimizer opt = new Optimizer(Optimizer.Kind.SGD, 0.9, 1e-4);
        private final Map<String, INDArray> feeds;

        SameDiffStep(Genotype g, INDArray x, INDArray y) {
            net = NetBuilder.build(g, CLASSES, NetMode.TRAIN, 1);
            for (String bn : net.batchNorms()) { outs.add(bn + "/batch_mean"); outs.add(bn + "/batch_var"); }
            feeds = Map.of("input", x, "label", y);
        }

        void step() {
            OutAndGrad o = net.sd().calculateGradientsAndOutputs(feeds, outs, net.params());
            for (String p : net.params()) opt.step(p, net.sd().getArrForVarName(p), o.getGradients().get(p), 0.01);
            System.gc();
        }
    }

    static ComputationGraph graph(int frames, int feats) {
        ComputationGraphConfiguration.GraphBuilder b = new NeuralNetConfiguration.Builder().seed(1)
                .updater(new Nesterovs(0.01, 0.9)).l2(1e-4).convolutionMode(ConvolutionMode.Same).graphBuilder()
                .addInputs("in").setInputTypes(InputType.convolutional(frames, feats, 1));
        b.addLayer("stem", new ConvolutionLayer.Builder(10, 4).stride(2, 2).nOut(64).hasBias(false).activation(Activation.IDENTITY).build(), "in");
        String h = bnRelu(b, "stem");
        for (int i = 0; i < 4; i++) {
            b.addLayer("dw" + i, new DepthwiseConvolution2D.Builder(3, 3).depthMultiplier(1).hasBias(false).activation(Activation.IDENTITY).build(), h);
            b.addLayer("pw" + i, new ConvolutionLayer.Builder(1, 1).nOut(64).hasBias(false).activation(Activation.IDENTITY).build(), "dw" + i);
            h = bnRelu(b, "pw" + i);
        }
        b.addLayer("pool", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), h);
        b.addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(CLASSES).activation(Activation.SOFTMAX).build(), "pool");
        ComputationGraph cg = new ComputationGraph(b.setOutputs("out").build());
        cg.init();
        return cg;
    }

    private static String bnRelu(ComputationGraphConfiguration.GraphBuilder b, String in) {
        b.addLayer(in + "_bn", new BatchNormalization.Builder().build(), in);
        b.addLayer(in + "_relu", new ActivationLayer.Builder().activation(Activation.RELU).build(), in + "_bn");
        return in + "_relu";
    }

    private static INDArray labels(int batch) {
        Random r = new Random(1);
        float[] hot = new float[batch * CLASSES];
        for (int i = 0; i < batch; i++) hot[i * CLASSES + r.nextInt(CLASSES)] = 1;
        return Nd4j.create(hot, new long[]{batch, CLASSES});
    }

    private static long params(Genotype g) {
        DiscreteNet net = NetBuilder.build(g, CLASSES, NetMode.INFER, 1);
        long n = 0;
        for (String p : net.params()) n += net.sd().getArrForVarName(p).length();
        return n;
    }
}
