package dev.dartboard.train;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Primitive;
import dev.dartboard.nas.ParamGroups;
import dev.dartboard.nas.StemSpec;
import dev.dartboard.nas.Supernet;
import dev.dartboard.nas.SupernetSpec;
import dev.dartboard.nas.bench.RandomBatches;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The supernet's candidate ops are the blocks the trainer builds: a one-layer supernet whose α is one-hot
 * on primitive p, given the trained net's initial weights, gives the trained net's logits (TRAIN mode, so
 * both normalise with batch statistics; the trained BN's scale and shift start at 1 and 0, the search BN's
 * affine-free values). The stem is 3x3 stride 1 with padding 1, where the supernet's explicit padding and
 * the trained net's SAME agree. Before one lowering, the supernet's pre-activation ops (ReLU → op → BN) and
 * its inverted residual without the skip add computed other functions than the trained blocks.
 */
class SupernetBlocksTest {
    private static final int CHANNELS = 8, CLASSES = 4, BATCH = 5;

    @ParameterizedTest
    @EnumSource(value = Primitive.class, names = "ZERO", mode = EnumSource.Mode.EXCLUDE)
    void aOneHotMixedLayerComputesTheTrainedBlock(Primitive op) {
        DataConfig config = DataConfig.defaults();
        int frames = config.frames(), features = config.features();
        SupernetSpec spec = new SupernetSpec(List.of(new StemSpec(frames, features, 3, 3, 1, 1, 1, 1)), CHANNELS, 1,
                List.of(op, Primitive.ZERO), CLASSES, false, 1);
        SameDiff supernet = Supernet.build(spec, 5);
        supernet.getArrForVarName(Supernet.alpha(0)).assign(org.nd4j.linalg.factory.Nd4j.createFromArray(new float[][]{{0f, -1e4f}}));

        Genotype g = new Genotype("one-" + op.cliName(), config, new Genotype.Stem(CHANNELS, 3, 3, 1, 1),
                List.of(new Genotype.Layer(op, CHANNELS, 1)));
        DiscreteNet trained = NetBuilder.build(g, CLASSES, NetMode.TRAIN, 9);
        List<String> theirs = trained.params().stream().filter(n -> !n.endsWith("/gamma") && !n.endsWith("/beta")).toList();
        List<String> mine = theirs.stream().map(n -> supernetName(n, theirs, op)).toList();
        assertEquals(new java.util.TreeSet<>(ParamGroups.weights(supernet)), new java.util.TreeSet<>(mine), "every supernet weight has its trained twin");
        for (int i = 0; i < mine.size(); i++) {
            INDArray to = trained.sd().getArrForVarName(theirs.get(i)), from = supernet.getArrForVarName(mine.get(i));
            assertArrayEquals(to.shape(), from.reshape(to.shape()).shape(), mine.get(i));
            assertEquals(to.length(), from.length(), mine.get(i));
            to.assign(from.reshape(to.shape()));
        }

        INDArray x = new RandomBatches(3).next(spec, BATCH).get(Supernet.input(0));
        float[] expected = trained.predict(x).reshape(-1).toFloatVector();
        float[] actual = supernet.output(Map.of(Supernet.input(0), x), Supernet.LOGITS).get(Supernet.LOGITS).reshape(-1).toFloatVector();
        assertArrayEquals(expected, actual, 1e-4f * Math.max(1f, maxAbs(expected)), op + ": " + Arrays.toString(actual));
    }

    /**
     * The supernet's name of trained weight {@code n}: unit 0 is the stem, the last unit the head, units 1.. the
     * layer's block (the supernet numbers its units from 0 under {@code L0/<primitive>/}).
     */
    private static String supernetName(String n, List<String> trained, Primitive op) {
        String head = trained.get(trained.size() - 1).replace("/b", "");
        if (n.equals("u0/w")) return "stem0/w";
        if (n.equals(head + "/w")) return "fc/w";
        if (n.equals(head + "/b")) return "fc/b";
        int unit = Integer.parseInt(n.substring(1, n.indexOf('/')));
        return "L0/" + op.name().toLowerCase(java.util.Locale.ROOT) + "/u" + (unit - 1) + "/w";
    }

    private static float maxAbs(float[] v) {
        float m = 0;
        for (float f : v) m = Math.max(m, Math.abs(f));
        return m;
    }
}
