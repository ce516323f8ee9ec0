package dev.dartboard.engine.exec;

import org.nd4j.autodiff.listeners.Listener;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One graph's executions through {@link GraphPlan}s: {@link #gradients} (SameDiff's
 * {@code calculateGradientsAndOutputs}, planned on its gradient function) and {@link #outputs}
 * (SameDiff's {@code output}, planned on the graph itself). One plan per list of wanted variables,
 * made on first use; all plans share one {@link ArrayPool}. The returned arrays belong to the caller,
 * who hands them back with {@link #recycle} (or drops them). Falls back to SameDiff's own execution (for good, with the
 * reason in {@link #fallbackReason()}) if the graph holds an op kind the plan does not run, and
 * always when the system property {@code dartboard.exec} is {@code samediff}. Not thread-safe.
 */
public final class PlannedSession {
    /** System property that selects SameDiff's own session instead of plans (for comparisons). */
    public static final String PROPERTY = "dartboard.exec";
    /** Steps between collections while plans run (see {@link #stepDone}). */
    public static final int COLLECT_EVERY = 10;
    private final SameDiff sd;
    private final Map<List<String>, GraphPlan> plans = new HashMap<>(), forwardPlans = new HashMap<>();
    private final ArrayPool pool = new ArrayPool();
    private String fallback;
    private long steps;

    public PlannedSession(SameDiff sd) {
        this.sd = sd;
        NativeHeap.keepScratchMemory();
        if ("samediff".equals(System.getProperty(PROPERTY))) fallback = "-D" + PROPERTY + "=samediff";
    }

    /** Arrays the plans' pool has made new so far (a steady state makes none). */
    long arraysCreated() { return pool.created(); }

    /**
     * Call once per training step, after the step's arrays are recycled or dropped: runs
     * {@code System.gc()} every {@value #COLLECT_EVERY}th step while plans run (what is left for the
     * collector is small: feeds, returned outputs, JavaCPP's argument pointers; DS-CNN-S's step went from
     * 76 ms to 51 ms with peak RSS 386 → 408 MB), and every step under SameDiff's session, whose
     * arrays are freed only by the collector.
     */
    public void stepDone() {
        steps++;
        if (fallback != null || steps % COLLECT_EVERY == 0) System.gc();
    }

    /** Why SameDiff's session runs instead of plans; null while plans run. */
    public String fallbackReason() { return fallback; }

    /**
     * @param outputs variables whose values are wanted (computed before any update)
     * @param params  variables whose loss gradients are wanted; those the loss does not reach are absent
     */
    public OutAndGrad gradients(Map<String, INDArray> feeds, List<String> outputs, List<String> params) {
        if (fallback == null) {
            try {
                return planned(feeds, outputs, params);
            } catch (UnsupportedOperationException e) {
                fallBack(e);
            }
        }
        return sd.calculateGradientsAndOutputs(feeds, outputs, params);
    }

    /** Forward values of {@code names} (inference: no gradient function needed). */
    public Map<String, INDArray> outputs(Map<String, INDArray> feeds, List<String> names) {
        if (fallback == null) {
            try {
                return plan(forwardPlans, sd, names).run(feeds);
            } catch (UnsupportedOperationException e) {
                fallBack(e);
            }
        }
        return sd.output(feeds, names);
    }

    private void fallBack(UnsupportedOperationException e) {
        fallback = e.getMessage();
        plans.clear();
        forwardPlans.clear();
        pool.clear();
    }

    /**
     * Takes back an array that {@link #gradients} or {@link #outputs} returned and the caller no longer reads, for reuse by the
     * next run (with SameDiff's session running instead, it is closed).
     */
    public void recycle(INDArray a) {
        if (fallback == null) pool.give(a);
        else if (a != null && a.closeable()) a.close();
    }

    private OutAndGrad planned(Map<String, INDArray> feeds, List<String> outputs, List<String> params) {
        if (sd.getFunction("grad") == null) sd.createGradFunction();
        SameDiff grad = sd.getFunction("grad");
        List<String> wanted = new ArrayList<>(outputs);
        Map<String, String> gradientOf = new LinkedHashMap<>();
        for (String p : params) {
            SDVariable g = sd.getVariable(p).getGradient();
            if (g != null) {
                gradientOf.put(p, g.name());
                wanted.add(g.name());
            }
        }
        Map<String, INDArray> values = plan(plans, grad, wanted).run(feeds);
        Map<String, INDArray> outs = new HashMap<>(), grads = new HashMap<>();
        for (String o : outputs) outs.put(o, values.get(o));
        gradientOf.forEach((p, g) -> grads.put(p, values.get(g)));
        return new OutAndGrad(outs, grads);
    }

    /** The cached plan of {@code graph} for {@code wanted}, made on first use. */
    private GraphPlan plan(Map<List<String>, GraphPlan> cache, SameDiff graph, List<String> wanted) {
        GraphPlan plan = cache.get(wanted);
        if (plan == null) {
            plan = GraphPlan.of(graph, wanted, timers(), pool);
            cache.put(List.copyOf(wanted), plan);
        }
        return plan;
    }

    private List<GraphPlan.OpTimes> timers() {
        List<GraphPlan.OpTimes> t = new ArrayList<>();
        if (sd.getListeners() != null)
            for (Listener l : sd.getListeners()) if (l instanceof GraphPlan.OpTimes o) t.add(o);
        return t;
    }
}
