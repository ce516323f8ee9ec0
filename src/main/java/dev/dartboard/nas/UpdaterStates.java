package dev.dartboard.nas;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The optimiser states of a supernet's two parameter groups ({@link ParamGroups}), each by variable name;
 * variables whose updater keeps no state (plain SGD) are absent. Immutable maps of the given arrays.
 *
 * @param weights      the weight group's states
 * @param architecture the architecture group's (α, γ) states
 */
public record UpdaterStates(Map<String, INDArray> weights, Map<String, INDArray> architecture) {
    public UpdaterStates {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        architecture = Collections.unmodifiableMap(new LinkedHashMap<>(architecture));
    }

    /** Both groups with each variable name mapped through {@code rename}; names mapped to null are dropped. */
    public UpdaterStates renamed(UnaryOperator<String> rename) {
        return new UpdaterStates(renamed(weights, rename), renamed(architecture, rename));
    }

    /** {@code m} with each key mapped through {@code rename}; keys mapped to null are dropped. */
    public static Map<String, INDArray> renamed(Map<String, INDArray> m, UnaryOperator<String> rename) {
        Map<String, INDArray> out = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            String to = rename.apply(k);
            if (to != null) out.put(to, v);
        });
        return out;
    }
}
