package dev.dartboard.nas.search;

import dev.dartboard.nas.Supernet;
import dev.dartboard.nas.UpdaterStates;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a search checkpoint keeps of its supernet, typed: the variables' arrays by variable name and the
 * updater states. The one place that spells them as the checkpoint's array names ({@link #toNamed}): a
 * variable under its own name, a state under {@code updater/w:<variable>} (weight group) or
 * {@code updater/a:<variable>} (architecture group). Immutable maps of the given arrays.
 *
 * @param variables every variable's array, by name
 * @param updaters  both groups' updater states
 */
record SupernetArrays(Map<String, INDArray> variables, UpdaterStates updaters) {
    static final String WEIGHT_STATE = "updater/w:", ARCHITECTURE_STATE = "updater/a:";
    private static final String UPDATER = "updater/";

    SupernetArrays {
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    /** The checkpoint's named arrays. */
    Map<String, INDArray> toNamed() {
        Map<String, INDArray> m = new LinkedHashMap<>(variables);
        updaters.weights().forEach((k, v) -> m.put(WEIGHT_STATE + k, v));
        updaters.architecture().forEach((k, v) -> m.put(ARCHITECTURE_STATE + k, v));
        return m;
    }

    /** Reads {@link #toNamed}'s spelling. @throws IllegalArgumentException naming an {@code updater/} key of no known group */
    static SupernetArrays fromNamed(Map<String, INDArray> named) {
        Map<String, INDArray> variables = new LinkedHashMap<>(), weights = new LinkedHashMap<>(), architecture = new LinkedHashMap<>();
        named.forEach((k, v) -> {
            if (k.startsWith(WEIGHT_STATE)) weights.put(k.substring(WEIGHT_STATE.length()), v);
            else if (k.startsWith(ARCHITECTURE_STATE)) architecture.put(k.substring(ARCHITECTURE_STATE.length()), v);
            else if (k.startsWith(UPDATER)) throw new IllegalArgumentException("updater state of no known group: " + k);
            else variables.put(k, v);
        });
        return new SupernetArrays(variables, new UpdaterStates(weights, architecture));
    }

    /** As saved from a graph with every stem, for the graph of stem {@code i} alone: its stem renamed stem 0, the others dropped. */
    SupernetArrays onlyStem(int i) {
        java.util.function.UnaryOperator<String> rename = n -> {
            int stem = Supernet.stemOf(n);
            if (stem < 0) return n;
            return stem == i ? Supernet.stem(0) + n.substring(Supernet.stem(i).length()) : null;
        };
        return new SupernetArrays(UpdaterStates.renamed(variables, rename), updaters.renamed(rename));
    }
}
