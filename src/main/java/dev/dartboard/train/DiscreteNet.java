package dev.dartboard.train;

import dev.dartboard.engine.ops.NativeThreads;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A built discrete network. Placeholder {@link #INPUT} [B, frames, features, 1]; output {@link #logits()}
 * [B, classes]; TRAIN graphs also have {@code label} and {@code loss}. Not thread-safe.
 *
 * @param sd         the graph (owned)
 * @param units      its ops in execution order (the FloatModel structure)
 * @param params     trainable variable names
 * @param batchNorms BN prefixes: INFER graphs hold {@code <bn>/mean|var} variables, TRAIN graphs
 *                   {@code <bn>/batch_mean|batch_var} outputs
 * @param input      [frames, features, 1]
 * @param classes    label count
 * @param logits     name of the logits variable
 */
public record DiscreteNet(SameDiff sd, List<Unit> units, List<String> params, List<String> batchNorms,
                          int[] input, int classes, String logits) {
    public static final String INPUT = NetGraph.INPUT;

    /** Copies of every variable's array, by name (weights, BN scale/shift and, in INFER graphs, running stats). */
    public Map<String, INDArray> values() {
        Map<String, INDArray> m = new LinkedHashMap<>();
        for (SDVariable v : sd.variables())
            if (v.getVariableType() == VariableType.VARIABLE) m.put(v.name(), v.getArr().dup());
        return m;
    }

    /** Assigns the given values to the graph's variables of the same names (others are left alone). */
    public void load(Map<String, INDArray> values) {
        for (Map.Entry<String, INDArray> e : values.entrySet())
            if (sd.hasVariable(e.getKey())) sd.getArrForVarName(e.getKey()).assign(e.getValue());
    }

    /**
     * Logits [B, classes] of a feature batch [B, frames, features, 1], through SameDiff's own session (its arrays are freed
     * only by the collector: loops over many batches go through {@link Evaluator} and a planned session instead).
     */
    public INDArray predict(INDArray features) {
        NativeThreads.onThisThread();
        return sd.output(Map.of(INPUT, features), logits).get(logits);
    }

    /** Logits of one example's features (row-major frames × features). */
    public float[] predict(float[] features) {
        INDArray x = Nd4j.create(features, new long[]{1, input[0], input[1], 1}, 'c');
        return predict(x).toFloatVector();
    }
}
