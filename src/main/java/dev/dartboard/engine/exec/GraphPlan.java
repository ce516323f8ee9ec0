package dev.dartboard.engine.exec;

import org.nd4j.autodiff.functions.DifferentialFunction;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.autodiff.samediff.internal.SameDiffOp;
import org.nd4j.autodiff.samediff.internal.Variable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.BaseOp;
import org.nd4j.linalg.api.ops.BaseReduceOp;
import org.nd4j.linalg.api.ops.CustomOp;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.Op;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.api.ops.ReduceOp;
import org.nd4j.linalg.api.ops.ScalarOp;
import org.nd4j.linalg.api.shape.LongShapeDescriptor;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ops one SameDiff graph needs for a fixed set of wanted variables, in execution order, run
 * without SameDiff's session. SameDiff 1.0.0-M2.1 recomputes the subgraph, its dependency maps and
 * a regex per variable name on every call (~60 ms of a ~210 ms DARTS iteration on the bench
 * supernet), and with its array cache off it leaves every intermediate array to the garbage
 * collector, which is why each step needed a full {@code System.gc()} (~30 ms).
 *
 * <p>A plan is computed once: the ops in dependency order, each op's input and output names, and
 * after which op each intermediate array is last read. A run executes each op the way SameDiff's
 * InferenceSession does (same native op, same arguments, outputs allocated to the shape the op
 * computes, in the output variable's type) and hands each intermediate array back to an
 * {@link ArrayPool} right after its last reader, where the next op (or the next run) of that shape
 * takes it again: native memory stays bounded by one run's peak without the garbage collector. Output shapes are cached per op and recomputed
 * only when the input shapes (or small integer inputs, such as axes or target shapes) change.
 *
 * <p>Only plain ops are planned: libnd4j custom ops and legacy ops (reductions with an axis input,
 * scalar ops with a scalar input). Control flow, tensor arrays, in-place assignment and the other
 * special cases of InferenceSession throw {@link UnsupportedOperationException} at planning time,
 * so callers can fall back to SameDiff. Not thread-safe; the returned arrays belong to the caller.
 */
public final class GraphPlan {
    private final SameDiff graph;
    private final List<String> wanted;
    private final Step[] steps;
    private final List<OpTimes> timers;
    private final ArrayPool pool;

    private GraphPlan(SameDiff graph, List<String> wanted, Step[] steps, List<OpTimes> timers, ArrayPool pool) {
        this.graph = graph;
        this.wanted = wanted;
        this.steps = steps;
        this.timers = timers;
        this.pool = pool;
    }

    /** Receives the native time of each op a plan runs (for profiling; the bench's op profile). */
    public interface OpTimes {
        void record(String opName, long nanos);
    }

    /**
     * Plans the ops of {@code graph} that {@code wanted} needs.
     *
     * @param timers receivers of per-op times; empty for none
     * @param pool   where intermediate arrays come from and go back to (shared by the plans of one graph)
     * @throws UnsupportedOperationException if a needed op is of a kind this executor does not run
     * @throws IllegalArgumentException      if a wanted name is not a variable of the graph
     */
    static GraphPlan of(SameDiff graph, List<String> wanted, List<OpTimes> timers, ArrayPool pool) {
        List<SameDiffOp> order = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        for (String w : wanted) visit(graph, w, visited, new HashSet<>(), order);

        Map<String, Integer> lastRead = new HashMap<>();
        for (int i = 0; i < order.size(); i++)
            for (String in : args(order.get(i))) lastRead.put(in, i);
        Set<String> keep = new HashSet<>(wanted);
        List<List<String>> closeAfter = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) closeAfter.add(new ArrayList<>());
        for (int i = 0; i < order.size(); i++)
            for (String out : order.get(i).getOutputsOfOp()) {
                if (keep.contains(out)) continue;
                closeAfter.get(lastRead.getOrDefault(out, i)).add(out);
            }
        Step[] steps = new Step[order.size()];
        for (int i = 0; i < steps.length; i++) steps[i] = new Step(graph, order.get(i), closeAfter.get(i));
        return new GraphPlan(graph, List.copyOf(wanted), steps, List.copyOf(timers), pool);
    }

    /** Depth-first: every producer of an input (and every control dependency) before the op. */
    private static void visit(SameDiff graph, String var, Set<String> visited, Set<String> onPath, List<SameDiffOp> order) {
        Variable v = graph.getVariables().get(var);
        if (v == null) throw new IllegalArgumentException("no variable '" + var + "' in the graph");
        String opName = v.getOutputOfOp();
        if (v.getControlDeps() != null) for (String c : v.getControlDeps()) visitOp(graph, c, visited, onPath, order);
        if (opName != null) visitOp(graph, opName, visited, onPath, order);
    }

    private static void visitOp(SameDiff graph, String opName, Set<String> visited, Set<String> onPath, List<SameDiffOp> order) {
        if (visited.contains(opName)) return;
        if (!onPath.add(opName)) throw new UnsupportedOperationException("cycle through op " + opName);
        SameDiffOp op = graph.getOps().get(opName);
        for (String in : args(op)) visit(graph, in, visited, onPath, order);
        if (op.getControlDeps() != null) for (String c : op.getControlDeps()) visit(graph, c, visited, onPath, order);
        if (op.getVarControlDeps() != null) for (String c : op.getVarControlDeps()) visit(graph, c, visited, onPath, order);
        onPath.remove(opName);
        visited.add(opName);
        order.add(op);
    }

    private static List<String> args(SameDiffOp op) {
        String[] names = op.getOp().argNames();
        return names == null ? List.of() : Arrays.asList(names);
    }

    /** The wanted variables' values for these placeholder values (caller's arrays, never closed here). */
    public Map<String, INDArray> run(Map<String, INDArray> feeds) {
        Map<String, INDArray> values = new HashMap<>();
        List<INDArray> casts = new ArrayList<>();
        for (Map.Entry<String, INDArray> e : feeds.entrySet()) {
            SDVariable v = graph.getVariable(e.getKey());
            if (v == null) throw new IllegalArgumentException("no placeholder '" + e.getKey() + "' in the graph");
            INDArray a = e.getValue();
            if (a.dataType() != v.dataType()) {
                a = a.castTo(v.dataType());
                casts.add(a);
            }
            values.put(e.getKey(), a);
        }
        // identity, not equals(): INDArray's equals and hashCode compare contents
        Set<INDArray> owned = Collections.newSetFromMap(new IdentityHashMap<>());
        try {
            for (Step s : steps) {
                long t0 = timers.isEmpty() ? 0 : System.nanoTime();
                s.run(graph, values, owned, pool);
                if (!timers.isEmpty()) {
                    long dt = System.nanoTime() - t0;
                    for (OpTimes t : timers) t.record(s.op.opName(), dt);
                }
            }
            Map<String, INDArray> out = new LinkedHashMap<>();
            for (String w : wanted) {
                INDArray a = values.get(w);
                if (a == null) a = graph.getVariable(w).getArr();
                out.put(w, a);
                owned.remove(a);
            }
            return out;
        } finally {
            for (INDArray a : owned) pool.give(a);
            for (INDArray a : casts) close(a);
        }
    }

    private static void close(INDArray a) {
        if (a != null && a.closeable()) a.close();
    }

    /** One op: its context (reused), argument names, output types, and what to close after it. */
    private static final class Step {
        private enum Kind { CUSTOM, LEGACY, REDUCE_AXIS, SCALAR_ARG }

        final DifferentialFunction op;
        final Kind kind;
        final String[] in, out, closeAfter;
        final DataType[] outTypes;
        final OpContext context;
        private long[] shapeKey, iArgs;
        private double[] tArgs;
        private boolean[] bArgs;
        private DataType[] dArgs;
        private List<LongShapeDescriptor> shapes;

        Step(SameDiff graph, SameDiffOp sdo, List<String> closeAfter) {
            this.op = sdo.getOp();
            this.in = args(sdo).toArray(new String[0]);
            this.out = sdo.getOutputsOfOp().toArray(new String[0]);
            this.closeAfter = closeAfter.toArray(new String[0]);
            this.outTypes = new DataType[out.length];
            for (int i = 0; i < out.length; i++) outTypes[i] = graph.getVariable(out[i]).dataType();
            this.kind = kindOf(op, in.length);
            this.context = Nd4j.getExecutioner().buildContext();
        }

        private static Kind kindOf(DifferentialFunction op, int args) {
            String type = op.getClass().getName();
            if (type.startsWith("org.nd4j.linalg.api.ops.impl.controlflow")
                    || type.startsWith("org.nd4j.linalg.api.ops.impl.shape.tensorops")
                    || type.endsWith(".Assign") || type.endsWith(".Assert") || type.endsWith(".CreateView")
                    || type.endsWith(".Invoke") || type.endsWith(".ExternalErrorsFunction")
                    || type.endsWith(".GradientBackwardsMarker"))
                throw new UnsupportedOperationException("op kind " + op.getClass().getSimpleName() + " (" + op.getOwnName() + ")");
            if (op instanceof CustomOp) return Kind.CUSTOM;
            if (op instanceof ReduceOp r && r.getOpType() != Op.Type.REDUCE3 && args == 2) return Kind.REDUCE_AXIS;
            if (op instanceof ScalarOp && args == 2) return Kind.SCALAR_ARG;
            if (op instanceof BaseOp) return Kind.LEGACY;
            throw new UnsupportedOperationException("op kind " + op.getClass().getSimpleName() + " (" + op.getOwnName() + ")");
        }

        void run(SameDiff graph, Map<String, INDArray> values, Set<INDArray> owned, ArrayPool pool) {
            INDArray[] args = new INDArray[in.length];
            for (int i = 0; i < in.length; i++) {
                INDArray a = values.get(in[i]);
                if (a == null) {
                    SDVariable v = graph.getVariable(in[i]);
                    if (v.getVariableType() == VariableType.PLACEHOLDER)
                        throw new IllegalArgumentException("no value for placeholder '" + in[i] + "'");
                    a = v.getArr();
                    if (a == null) throw new IllegalStateException("variable '" + in[i] + "' has no array");
                }
                args[i] = a;
            }
            INDArray[] results;
            if (kind == Kind.CUSTOM) {
                DynamicCustomOp c = (DynamicCustomOp) op;
                setScalars(c);
                context.setInputArrays(args);
                results = allocate(args, () -> c.calculateOutputShape(context), pool);
                for (int i = 0; i < results.length; i++) context.setOutputArray(i, results[i]);
                Nd4j.exec(c, context);
            } else {
                Op o = (Op) op;
                if (kind == Kind.REDUCE_AXIS) {
                    INDArray axisArr = args[1];
                    if (axisArr.isEmpty()) {
                        op.setDimensions(null);
                        ((BaseReduceOp) o).setEmptyReduce(true);
                    } else {
                        op.setDimensions(Shape.normalizeAxis(args[0].rank(), axisArr.toIntVector()));
                        ((BaseReduceOp) o).setEmptyReduce(false);
                    }
                } else if (kind == Kind.SCALAR_ARG) {
                    ((ScalarOp) o).setScalar(args[1]);
                }
                // as InferenceSession: input 0, and input 1 unless it is the axis
                if (args.length == 1 || (args.length == 2 && kind == Kind.REDUCE_AXIS)) context.setInputArrays(args[0]);
                else if (args.length == 2) context.setInputArrays(args[0], args[1]);
                results = allocate(args, () -> ((BaseOp) o).calculateOutputShape(context), pool);
                context.setOutputArray(0, results[0]);
                Nd4j.exec(o, context);
            }
            context.purge();   // as InferenceSession: the native context otherwise keeps a handle per call
            for (int i = 0; i < out.length && i < results.length; i++) {
                values.put(out[i], results[i]);
                owned.add(results[i]);
            }
            for (String name : closeAfter) {
                INDArray a = values.remove(name);
                if (a != null && owned.remove(a)) pool.give(a);
            }
        }

        /**
         * The op's integer, float, boolean and type arguments, passed to the native context only when
         * they differ from the last run's: each call allocates a native pointer that only the garbage
         * collector frees (SameDiff's session sets them on every execution).
         */
        private void setScalars(DynamicCustomOp c) {
            long[] i = c.iArgs();
            double[] t = c.tArgs();
            boolean[] b = c.bArgs();
            DataType[] d = c.dArgs();
            if (!Arrays.equals(i, iArgs)) { context.setIArguments(i); iArgs = i; }
            if (!Arrays.equals(t, tArgs)) { context.setTArguments(t); tArgs = t; }
            if (!Arrays.equals(b, bArgs)) { context.setBArguments(b); bArgs = b; }
            if (!Arrays.equals(d, dArgs)) { context.setDArguments(d); dArgs = d; }
        }

        /** Fresh output arrays; shapes from the op's shape function unless the inputs' shapes are unchanged. */
        private INDArray[] allocate(INDArray[] args, java.util.function.Supplier<List<LongShapeDescriptor>> shapeFn, ArrayPool pool) {
            long[] key = shapeKey(args);
            if (shapes == null || !Arrays.equals(key, shapeKey)) {
                shapes = shapeFn.get();
                shapeKey = key;
            }
            if (shapes == null || shapes.size() != out.length)
                throw new IllegalStateException("op " + op.getOwnName() + " (" + op.opName() + ") gave "
                        + (shapes == null ? 0 : shapes.size()) + " output shapes for " + out.length + " outputs");
            INDArray[] r = new INDArray[shapes.size()];
            for (int i = 0; i < r.length; i++) {
                LongShapeDescriptor d = shapes.get(i);
                if (d.dataType() != outTypes[i]) d = d.asDataType(outTypes[i]);
                r[i] = d.isEmpty() ? Nd4j.empty(d.dataType()) : pool.take(d.dataType(), d.getShape(), d.getOrder());
            }
            return r;
        }

        /** Input ranks, shapes and types, plus the values of small integer inputs (axes, shapes, paddings). */
        private static long[] shapeKey(INDArray[] args) {
            int n = 0;
            for (INDArray a : args) n += 2 + a.rank() + (smallInts(a) ? (int) a.length() : 0);
            long[] k = new long[n];
            int p = 0;
            for (INDArray a : args) {
                k[p++] = a.rank();
                k[p++] = a.dataType().ordinal();
                for (long d : a.shape()) k[p++] = d;
                if (smallInts(a)) for (long i = 0; i < a.length(); i++) k[p++] = a.getLong(i);
            }
            return k;
        }

        private static boolean smallInts(INDArray a) {
            return (a.dataType().isIntType() || a.dataType() == DataType.BOOL) && !a.isEmpty() && a.length() <= 64;
        }
    }
}
