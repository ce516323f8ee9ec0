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

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One-hot α/γ make the supernet compute exactly the chosen sub-network; the arrays come back bit-for-bit. */
class OneHotEvaluatorTest {

    @Test
    void oneHotSupernetEqualsTheSinglePathNetworkBuiltOnItsOwn() {
        HandBuiltSupernet net = new HandBuiltSupernet();
        double mixedAcc = net.validationAccuracy();
        INDArray mixed = net.lastLogits;
        Choice c = new Choice(1, 4, List.of(Primitive.CONV_3X3, Primitive.CONV_3X3));
        double acc;
        try (OneHotEvaluator e = new OneHotEvaluator(net, net.spec.primitives())) {
            acc = e.accuracy(c);
        }
        INDArray oneHot = net.lastLogits;
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
        INDArray expected = ref.output(Map.of(Supernet.input(0), net.feeds.get(Supernet.input(1)),
                Supernet.LABEL, net.feeds.get(Supernet.LABEL)), Supernet.LOGITS).get(Supernet.LOGITS);
        assertArrayEquals(doubles(expected), doubles(oneHot), 1e-5);
        INDArray hit = expected.argMax(1).eq(net.feeds.get(Supernet.LABEL).argMax(1)).castTo(DataType.DOUBLE);
        assertEquals(hit.sumNumber().doubleValue() / HandBuiltSupernet.BATCH, acc, 0.0);
        double gap = 0;
        for (int i = 0; i < doubles(mixed).length; i++) gap = Math.max(gap, Math.abs(doubles(mixed)[i] - doubles(oneHot)[i]));
        assertTrue(gap > 1e-3, "the mixed supernet computes something else (max gap " + gap + ", accuracy " + mixedAcc + ")");
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
