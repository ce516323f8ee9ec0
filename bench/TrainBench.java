/*
 * Training-step benchmark: ms per SGD step (forward, backward, update, BN running stats, System.gc())
 * of a genotype's discrete net at batch B on random inputs, after warm-up. Not a unit test.
 *   bench/run-train-bench.sh [genotype-name|file] [batch] [steps] [sgd|adam]
 * Default: dscnn-s (49×10 MFCC input), B = 64, 30 steps.
 */

import dev.dartboard.model.Genotype;
import dev.dartboard.train.DiscreteNet;
import dev.dartboard.train.NetBuilder;
import dev.dartboard.train.NetMode;
import dev.dartboard.train.Optimizer;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

public class TrainBench {
    public static void main(String[] a) {
        Genotype g = Genotype.named(a.length > 0 ? a[0] : "dscnn-s");
        int batch = a.length > 1 ? Integer.parseInt(a[1]) : 64, steps = a.length > 2 ? Integer.parseInt(a[2]) : 30;
        Optimizer.Kind kind = a.length > 3 ? Optimizer.Kind.valueOf(a[3].toUpperCase(Locale.ROOT)) : Optimizer.Kind.SGD;
        DiscreteNet net = NetBuilder.build(g, 12, NetMode.TRAIN, 1);
        List<String> outs = new ArrayList<>(List.of(NetBuilder.LOSS));
        for (String bn : net.batchNorms()) { outs.add(bn + "/batch_mean"); outs.add(bn + "/batch_var"); }
        Random r = new Random(1);
        INDArray x = Nd4j.rand(new long[]{batch, net.input()[0], net.input()[1], 1}).subi(0.5).muli(20);
        float[] hot = new float[batch * 12];
        for (int i = 0; i < batch; i++) hot[i * 12 + r.nextInt(12)] = 1;
        INDArray y = Nd4j.create(hot, new long[]{batch, 12});
        Optimizer opt = new Optimizer(kind, 0.9, 1e-4);
        long t0 = 0;
        for (int s = -5; s < steps; s++) {
            if (s == 0) t0 = System.nanoTime();
            OutAndGrad o = net.sd().calculateGradientsAndOutputs(Map.of("input", x, "label", y), outs, net.params());
            for (String p : net.params()) opt.step(p, net.sd().getArrForVarName(p), o.getGradients().get(p), 0.01);
            System.gc();
        }
        double ms = (System.nanoTime() - t0) / 1e6 / steps;
        System.out.printf(Locale.ROOT, "%s B=%d %s: %.1f ms/step, %.0f clips/s (threads %s)%n", g.name(), batch, kind, ms,
                batch * 1000 / ms, System.getenv().getOrDefault("OMP_NUM_THREADS", "default"));
    }
}
