package dev.dartboard.nas.pareto;

import dev.dartboard.model.Primitive;
import dev.dartboard.nas.Supernet;
import dev.dartboard.nas.SupernetSpec;
import dev.dartboard.nas.decode.Choice;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import dev.dartboard.model.Split;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One-hot α/γ make the supernet compute exactly the chosen sub-network, scored by a refit linear probe; the arrays come back bit-for-bit. */
class OneHotEvaluatorTest {

    @Test
    void oneHotSupernetEqualsTheSinglePathNetworkBuiltOnItsOwn() {
        HandBuiltSupernet net = new HandBuiltSupernet();
        double mixedAcc = net.validationAccuracy();
        INDArray mixed = net.lastLogits;
        Choice c = new Choice(1, 4, List.of(Primitive.CONV_3X3, Primitive.CONV_3X3));
        double acc;
        INDArray oneHot, oneHotTrain, oneHotVal;
        try (OneHotEvaluator e = new OneHotEvaluator(net, net.spec.primitives())) {
            acc = e.accuracy(c);
            net.validationAccuracy();
            oneHot = net.lastLogits;
            oneHotTrain = net.pooled(Split.TRAIN);
            oneHotVal = net.pooled(Split.VALIDATION);
        }
        // Reference: a supernet whose layers hold conv 3x3 alone and whose only stem is config 1's, with the
        // weights copied by name (stem1/… → stem0/…): no mixing, softmax over one logit is exactly 1.
        SupernetSpec single = new SupernetSpec(List.of(net.spec.stems().get(1)), 4, 2, List.of(Primitive.CONV_3X3),
                HandBuiltSupernet.CLASSES, false, 1);
        SameDiff ref = Supernet.build(single, 99);
        for (SDVariable v : ref.variables()) {
            if (v.getVariableType() != VariableType.VARIABLE || v.name().endsWith("alpha") || v.name().equals(Supernet.GAMMA)) continue;
            String source = v.name().startsWith("stem0/") ? "stem1/" + v.name().substring(6) : v.name();
            assertNotNull(net.sd.getVariable(source), source);
            v.getArr().assign(net.sd.getArrForVarName(source));
        }
        Map<String, INDArray> val = refFeeds(net, Split.VALIDATION), train = refFeeds(net, Split.TRAIN);
        INDArray expected = ref.output(val, Supernet.LOGITS).get(Supernet.LOGITS);
        assertArrayEquals(doubles(expected), doubles(oneHot), 1e-5);
        INDArray refVal = ref.output(val, Supernet.FEATURES).get(Supernet.FEATURES), refTrain = ref.output(train, Supernet.FEATURES).get(Supernet.FEATURES);
        assertArrayEquals(doubles(refVal), doubles(oneHotVal), 1e-5);
        assertArrayEquals(doubles(refTrain), doubles(oneHotTrain), 1e-5);
        // the accuracy is the linear probe's on the single-path network's features
        assertEquals(LinearProbe.accuracy(rows(refTrain), labels(net, Split.TRAIN), rows(refVal), labels(net, Split.VALIDATION),
                HandBuiltSupernet.CLASSES), acc, 1e-9);
        double gap = 0;
        for (int i = 0; i < doubles(mixed).length; i++) gap = Math.max(gap, Math.abs(doubles(mixed)[i] - doubles(oneHot)[i]));
        assertTrue(gap > 1e-3, "the mixed supernet computes something else (max gap " + gap + ", accuracy " + mixedAcc + ")");
    }

    /**
     * Issue 15: after a search every Pareto point scored at or below chance although the supernet reached 0.8, each
     * one-hot sub-network read by the supernet's classifier (trained on the α-mixture's features) as one constant class.
     * Here the inherited classifier predicts class 0 for everything while the labels are a linear function of the
     * sub-network's own pooled features: the old score was class 0's share, the probe's must see the separation.
     */
    @Test
    void aClassifierThatReadsOneConstantClassDoesNotHideFeaturesThatSeparateTheLabels() {
        HandBuiltSupernet net = new HandBuiltSupernet();
        net.sd.getArrForVarName("fc/w").assign(0);
        net.sd.getArrForVarName("fc/b").assign(Nd4j.createFromArray(new float[][]{{5, 0, 0}}));
        Choice c = new Choice(0, 4, List.of(Primitive.DW_SEP_3X3, Primitive.MAX_POOL_3X3));
        java.util.Random rnd = new java.util.Random(3);
        float[][] d = new float[4][HandBuiltSupernet.CLASSES];
        for (float[] row : d) for (int k = 0; k < row.length; k++) row[k] = (float) rnd.nextGaussian();
        INDArray direction = Nd4j.create(d);
        try (OneHotEvaluator e = new OneHotEvaluator(net, net.spec.primitives())) {
            e.accuracy(new Choice(1, 4, List.of(Primitive.SKIP, Primitive.SKIP)));   // leaves α and γ one-hot (another choice)
            // the labels each example gets: argmax of the chosen sub-network's pooled features times a fixed matrix
            setOneHot(net, c);
            for (Split s : List.of(Split.TRAIN, Split.VALIDATION)) {
                INDArray hot = Nd4j.zeros(DataType.FLOAT, HandBuiltSupernet.BATCH, HandBuiltSupernet.CLASSES);
                INDArray f = net.pooled(s).castTo(DataType.FLOAT);
                INDArray cls = f.subRowVector(f.mean(0)).mmul(direction).argMax(1);   // centred: every class gets examples
                for (int i = 0; i < HandBuiltSupernet.BATCH; i++) hot.putScalar(i, cls.getInt(i), 1f);
                net.batch(s).put(Supernet.LABEL, hot);
            }
        }
        int[] y = labels(net, Split.VALIDATION);
        double share0 = java.util.Arrays.stream(y).filter(v -> v == 0).count() / (double) y.length;
        assertTrue(share0 < 0.6, "the labels are not one class: class 0's share " + share0);
        double acc;
        try (OneHotEvaluator e = new OneHotEvaluator(net, net.spec.primitives())) {
            acc = e.accuracy(c);
            assertEquals(share0, net.validationAccuracy(), 1e-9, "the inherited classifier reads every example as class 0");
        }
        assertTrue(acc >= 0.7, "probe accuracy " + acc + " (class 0's share " + share0 + "; 24 training examples, 3 classes)");
    }

    private static void setOneHot(HandBuiltSupernet net, Choice c) {
        for (int l = 0; l < c.ops().size(); l++) {
            INDArray a = net.sd.getArrForVarName(Supernet.alpha(l));
            a.assign(OneHotEvaluator.OFF);
            a.putScalar(net.spec.primitives().indexOf(c.ops().get(l)), 0.0);
        }
        INDArray g = net.sd.getArrForVarName(Supernet.GAMMA);
        g.assign(OneHotEvaluator.OFF);
        g.putScalar(c.config(), 0.0);
    }

    private static Map<String, INDArray> refFeeds(HandBuiltSupernet net, Split s) {
        return Map.of(Supernet.input(0), net.batch(s).get(Supernet.input(1)), Supernet.LABEL, net.batch(s).get(Supernet.LABEL));
    }

    private static int[] labels(HandBuiltSupernet net, Split s) { return net.batch(s).get(Supernet.LABEL).argMax(1).toIntVector(); }

    private static float[][] rows(INDArray a) {
        float[][] out = new float[(int) a.size(0)][];
        for (int i = 0; i < out.length; i++) out[i] = a.getRow(i).toFloatVector();
        return out;
    }

    @Test
    void closeRestoresAlphaAndGammaAndTheSupernetsOutput() {
        HandBuiltSupernet net = new HandBuiltSupernet();
        net.validationAccuracy();
        double[] before = doubles(net.lastLogits), a0 = doubles(net.sd.getArrForVarName(Supernet.alpha(0))),
                g = doubles(net.sd.getArrForVarName(Supernet.GAMMA));
        try (OneHotEvaluator e = new OneHotEvaluator(net, net.spec.primitives())) {
            e.accuracy(new Choice(0, 4, List.of(Primitive.SKIP, Primitive.DW_SEP_5X5)));
            assertEquals(OneHotEvaluator.OFF, net.sd.getArrForVarName(Supernet.alpha(0)).getDouble(0), 0.0, "α was one-hot meanwhile");
        }
        assertArrayEquals(a0, doubles(net.sd.getArrForVarName(Supernet.alpha(0))), 0.0);
        assertArrayEquals(g, doubles(net.sd.getArrForVarName(Supernet.GAMMA)), 0.0);
        net.validationAccuracy();
        assertArrayEquals(before, doubles(net.lastLogits), 0.0);
    }

    static double[] doubles(INDArray a) { return a.dup().castTo(DataType.DOUBLE).data().asDouble(); }
}
