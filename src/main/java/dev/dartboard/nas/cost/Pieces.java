package dev.dartboard.nas.cost;

import dev.dartboard.model.FloatModel;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Primitive;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** The cost added by one layer on top of a prefix (see {@link CostTables}). Stateless apart from its collaborators. */
final class Pieces {
    private final CostModel model;
    private final GenotypeLowering lowering;
    private final List<String> labels;

    Pieces(CostModel model, GenotypeLowering lowering, int classes) {
        this.model = model;
        this.lowering = lowering;
        this.labels = IntStream.range(0, classes).mapToObj(i -> "c" + i).toList();
    }

    /** Live bytes per op of the lowered genotype. */
    int[] live(Genotype g) { return ArenaPlan.liveBytes(lowering.lower(g, labels)); }

    /** Writes flash, ms and live bytes of {@code op} after {@code prefix} into slot p of the three rows. */
    void fill(Genotype empty, List<Genotype.Layer> prefix, Primitive op, int stride,
              double[] flash, double[] ms, double[] live, int p) {
        Genotype before = with(empty, prefix);
        FloatModel m0 = lowering.lower(before, labels);
        int[] inShape = m0.shapes().get(m0.ops().size() - 3);   // the op before MEAN, FC: the layer's input
        int inputBytes = inShape[0] * inShape[1] * inShape[2];
        if (op == Primitive.ZERO) {
            live[p] = inputBytes;
            return;
        }
        List<Genotype.Layer> layers = new ArrayList<>(prefix);
        layers.add(new Genotype.Layer(op, empty.stem().channels(), stride));
        FloatModel m1 = lowering.lower(with(empty, layers), labels);
        Costs c0 = model.of(m0), c1 = model.of(m1);
        flash[p] = c1.flashBytes() - c0.flashBytes();
        ms[p] = c1.latencyMs() - c0.latencyMs();
        live[p] = peak(ArenaPlan.liveBytes(m1), m0.ops().size() - 2, m1.ops().size() - 2, inputBytes);
    }

    private static double peak(int[] live, int from, int to, int whenEmpty) {
        int peak = from < to ? 0 : whenEmpty;
        for (int t = from; t < to; t++) peak = Math.max(peak, live[t]);
        return peak;
    }

    private static Genotype with(Genotype g, List<Genotype.Layer> layers) {
        return new Genotype(g.name(), g.dataConfig(), g.stem(), layers);
    }
}
