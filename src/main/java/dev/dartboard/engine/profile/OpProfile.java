package dev.dartboard.engine.profile;

import dev.dartboard.engine.exec.GraphPlan;
import org.nd4j.autodiff.listeners.At;
import org.nd4j.autodiff.listeners.BaseListener;
import org.nd4j.autodiff.listeners.Operation;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.internal.SameDiffOp;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.dataset.api.MultiDataSet;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Native time per op type (preOpExecution → opExecution) while switched {@link #on}; {@link #print} writes the
 * largest shares per iteration. SameDiff's ProfilingListener writes an empty trace with
 * calculateGradients (docs/stack-notes.md#samediff), hence this. Not thread-safe.
 */
public final class OpProfile extends BaseListener implements GraphPlan.OpTimes {
    private final Map<String, long[]> byOp = new HashMap<>();
    private boolean on;
    private long start;

    /** Records from now on ({@code true}) or not (warm-up steps). */
    public void on(boolean on) { this.on = on; }

    @Override public boolean isActive(Operation operation) { return true; }

    @Override
    public void preOpExecution(SameDiff sd, At at, SameDiffOp op, OpContext ctx) { start = System.nanoTime(); }

    @Override
    public void opExecution(SameDiff sd, At at, MultiDataSet batch, SameDiffOp op, OpContext ctx, INDArray[] out) {
        record(op.getOp().opName(), System.nanoTime() - start);
    }

    @Override
    public void record(String opName, long nanos) {
        if (!on) return;
        long[] v = byOp.computeIfAbsent(opName, k -> new long[2]);
        v[0] += nanos;
        v[1]++;
    }

    /** Top ops by native ms per iteration, their calls per iteration, and the total. */
    public void print(PrintStream out, int iterations, int top) {
        long total = byOp.values().stream().mapToLong(v -> v[0]).sum();
        long calls = byOp.values().stream().mapToLong(v -> v[1]).sum();
        out.printf("profile: native ops %.1f ms/iter in %d calls/iter%n", total / 1e6 / iterations, calls / iterations);
        byOp.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(top)
                .forEach(e -> out.printf("profile: %-28s %7.2f ms/iter %4d calls/iter%n", e.getKey(),
                        e.getValue()[0] / 1e6 / iterations, e.getValue()[1] / iterations));
    }
}
