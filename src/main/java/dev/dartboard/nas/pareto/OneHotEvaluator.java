package dev.dartboard.nas.pareto;

import dev.dartboard.model.Primitive;
import dev.dartboard.model.Split;
import dev.dartboard.nas.Supernet;
import dev.dartboard.nas.decode.Choice;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accuracy of one discrete sub-network with the supernet's inherited weights: each layer's α row and γ
 * become one-hot logits (0 for the chosen entry, {@link #OFF} elsewhere), so every softmax is exactly
 * one-hot in float (exp(−10⁴) underflows to 0) and each mixed layer reduces to the chosen op, the stem mix
 * to the chosen config's stem. The width is always the supernet's (see {@link ParetoExplorer}).
 *
 * <p>The score is a {@link LinearProbe}'s: the supernet's classifier was trained on the α-mixture's pooled
 * features and reads a one-hot sub-network's as (nearly) one constant class (inherited accuracies at or below
 * chance while the supernet reached 0.8), so the last linear layer is refit on the sub-network's pooled features of
 * at most {@value #PROBE_TRAIN} training examples and scored on the whole validation split; every other weight is
 * inherited. Snapshots α and γ when made; {@link #close} puts them back and checks they are bit-for-bit the snapshot.
 * Results are cached per (config, ops). Not thread-safe.
 */
final class OneHotEvaluator implements AutoCloseable {
    static final double OFF = -1e4;
    /** Training examples the probe is fit on (the first of the split's fixed order). */
    static final int PROBE_TRAIN = 1024;
    private final InheritedSupernet net;
    private final List<Primitive> primitives;
    private final Map<String, INDArray> saved = new LinkedHashMap<>();
    private final Map<List<Object>, Double> cache = new HashMap<>();

    OneHotEvaluator(InheritedSupernet net, List<Primitive> primitives) {
        this.net = net;
        this.primitives = List.copyOf(primitives);
        for (int l = 0; net.graph().hasVariable(Supernet.alpha(l)); l++) saved.put(Supernet.alpha(l), arr(Supernet.alpha(l)).dup());
        saved.put(Supernet.GAMMA, arr(Supernet.GAMMA).dup());
    }

    /** Top-1 validation accuracy of {@code c}'s config and ops (probe refit); NaN when its config's stem was dropped at the γ freeze. */
    double accuracy(Choice c) {
        if (c.ops().size() != saved.size() - 1) throw new IllegalArgumentException("choice has " + c.ops().size() + " layers, the supernet " + (saved.size() - 1));
        if (net.frozenConfig() >= 0 && c.config() != net.frozenConfig()) return Double.NaN;
        return cache.computeIfAbsent(List.of(c.config(), c.ops()), k -> {
            for (int l = 0; l < c.ops().size(); l++) oneHot(arr(Supernet.alpha(l)), primitives.indexOf(c.ops().get(l)));
            if (net.frozenConfig() < 0) oneHot(arr(Supernet.GAMMA), c.config());
            InheritedSupernet.Features train = net.features(Split.TRAIN, PROBE_TRAIN), val = net.features(Split.VALIDATION, Integer.MAX_VALUE);
            return LinearProbe.accuracy(train.x(), train.labels(), val.x(), val.labels(), net.classes());
        });
    }

    /** Restores α and γ. @throws IllegalStateException when an array is not bit-for-bit its snapshot afterwards */
    @Override
    public void close() {
        saved.forEach((name, a) -> arr(name).assign(a));
        saved.forEach((name, a) -> {
            if (!Arrays.equals(bits(arr(name)), bits(a))) throw new IllegalStateException(name + " was not restored exactly after exploring");
        });
    }

    private INDArray arr(String name) { return net.graph().getArrForVarName(name); }

    private static void oneHot(INDArray row, int index) {
        row.assign(OFF);
        row.putScalar(index, 0.0);
    }

    private static double[] bits(INDArray a) { return a.dup().castTo(DataType.DOUBLE).data().asDouble(); }
}
