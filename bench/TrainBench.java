/*
 * Training-step benchmark: ms per step (forward, backward, update, BN running stats, System.gc()) of a
 * genotype's discrete net at batch B on random inputs, after 5 warm-up steps. Not a unit test.
 *   bench/run-train-bench.sh [genotype-name|file] [batch] [steps] [sgd|adam]
 * Default: dscnn-s (49×10 MFCC input), B = 64, 30 steps, SGD.
 * PROFILE=1 (bench/run-train-profile.sh) adds where the time goes: the native time per op type
 * (preOpExecution → opExecution, summed over the timed steps), the optimizer, System.gc() and the Java-side
 * rest. Profile knobs: GC_EVERY=n collects every n-th step only; CLOSE=1 closes outputs and gradients.
 */

import dev.dartboard.model.Genotype;
import dev.dartboard.engine.exec.GraphPlan;
import dev.dartboard.engine.exec.PlannedSession;
import dev.dartboard.train.DiscreteNet;
import dev.dartboard.train.NetBuilder;
import dev.dartboard.train.NetMode;
import dev.dartboard.train.Optimizer;
import org.nd4j.autodiff.listeners.At;
import org.nd4j.autodiff.listeners.BaseListener;
import org.nd4j.autodiff.listeners.Operation;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.autodiff.samediff.internal.SameDiffOp;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

public class TrainBench {
    /** Native time per op name; counts only while {@code on}. */
    static final class OpTimer extends BaseListener implements GraphPlan.OpTimes {
        final Map<String, long[]> byOp = new HashMap<>();
        boolean on;
        long start;
        @Override public boolean isActive(Operation operation) { return true; }
        @Override public void preOpExecution(SameDiff sd, At at, SameDiffOp op, OpContext ctx) { start = System.nanoTime(); }
        @Override public void opExecution(SameDiff sd, At at, MultiDataSet b, SameDiffOp op, OpContext ctx, INDArray[] out) {
            record(op.getOp().opName(), System.nanoTime() - start);
        }
        @Override public void record(String opName, long nanos) {   // planned execution's per-op times
            if (!on) return;
            long[] v = byOp.computeIfAbsent(opName, k -> new long[2]);
            v[0] += nanos;
            v[1]++;
        }
    }

    static final boolean PROFILE = "1".equals(System.getenv("PROFILE"));
    static final boolean CLOSE = System.getenv("CLOSE") != null;
    static final int GC_EVERY = Integer.parseInt(System.getenv().getOrDefault("GC_EVERY", "1"));

    public static void main(String[] a) {
        Genotype g = Genotype.named(a.length > 0 ? a[0] : "dscnn-s");
        int batch = a.length > 1 ? Integer.parseInt(a[1]) : 64, steps = a.length > 2 ? Integer.parseInt(a[2]) : 30;
        Optimizer.Kind kind = a.length > 3 ? Optimizer.Kind.valueOf(a[3].toUpperCase(Locale.ROOT)) : Optimizer.Kind.SGD;
        DiscreteNet net = NetBuilder.build(g, 12, NetMode.TRAIN, 1);
        OpTimer timer = new OpTimer();
        if (PROFILE) net.sd().setListeners(timer);
        List<String> outs = new ArrayList<>(List.of(NetBuilder.LOSS));
        for (String bn : net.batchNorms()) { outs.add(bn + "/batch_mean"); outs.add(bn + "/batch_var"); }
        Random r = new Random(1);
        INDArray x = Nd4j.rand(new long[]{batch, net.input()[0], net.input()[1], 1}).subi(0.5).muli(20);
        float[] hot = new float[batch * 12];
        for (int i = 0; i < batch; i++) hot[i * 12 + r.nextInt(12)] = 1;
        INDArray y = Nd4j.create(hot, new long[]{batch, 12});
        Optimizer opt = new Optimizer(kind, 0.9, 1e-4);
        PlannedSession gradients = new PlannedSession(net.sd());   // as the Trainer; -Ddartboard.exec=samediff for SameDiff's session
        long t0 = 0, tOpt = 0, tGc = 0;
        for (int s = -5; s < steps; s++) {
            if (s == 0) { t0 = System.nanoTime(); timer.on = true; tOpt = 0; tGc = 0; }
            OutAndGrad o = gradients.gradients(Map.of("input", x, "label", y), outs, net.params());
            long t1 = System.nanoTime();
            for (String p : net.params()) opt.step(p, net.sd().getArrForVarName(p), o.getGradients().get(p), 0.01);
            long t2 = System.nanoTime();
            if (CLOSE) { o.getGradients().values().forEach(gradients::recycle); o.getOutputs().values().forEach(gradients::recycle); }
            if ((s + 5) % GC_EVERY == 0) System.gc();
            tOpt += t2 - t1;
            tGc += System.nanoTime() - t2;
        }
        double ms = (System.nanoTime() - t0) / 1e6 / steps;
        System.out.printf(Locale.ROOT, "%s B=%d %s: %.1f ms/step, %.0f clips/s (threads %s)%n", g.name(), batch, kind, ms,
                batch * 1000 / ms, System.getenv().getOrDefault("OMP_NUM_THREADS", "default"));
        if (PROFILE) profile(timer, steps, ms, tOpt, tGc);
    }

    static void profile(OpTimer timer, int steps, double ms, long tOpt, long tGc) {
        long total = 0, count = 0;
        for (long[] v : timer.byOp.values()) { total += v[0]; count += v[1]; }
        System.out.printf(Locale.ROOT, "  ops %.1f ms/step in %d ops; rest %.1f ms%n", total / 1e6 / steps, count / steps,
                ms - total / 1e6 / steps);
        System.out.printf(Locale.ROOT, "  optimizer %.1f ms/step, System.gc() %.1f ms/step%n", tOpt / 1e6 / steps, tGc / 1e6 / steps);
        timer.byOp.entrySet().stream().sorted((p, q) -> Long.compare(q.getValue()[0], p.getValue()[0])).limit(25)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-28s %7.2f ms/step %4d calls%n", e.getKey(),
                        e.getValue()[0] / 1e6 / steps, e.getValue()[1] / steps));
    }
}
