package dev.dartboard.engine.exec;

import dev.dartboard.model.Primitive;
import dev.dartboard.nas.Supernet;
import dev.dartboard.nas.SupernetSpec;
import dev.dartboard.nas.bench.RandomBatches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Planned execution against SameDiff's own session on the same graph: the same values, bit for bit,
 * for outputs and every variable's gradient, and for forward-only outputs; a steady state that allocates nothing; and the fallback
 * for op kinds the planner does not run.
 */
class PlannedSessionTest {
    private static final List<Primitive> ALL = List.of(Primitive.values());

    private static SupernetSpec spec(boolean superkernel, int partialChannels) {
        return SupernetSpec.forInputs(new int[][]{{8, 4}, {8, 8}}, 4, 2, ALL, 3, superkernel).withPartialChannels(partialChannels);
    }

    private static List<String> params(SameDiff sd) {
        List<String> p = new ArrayList<>();
        for (SDVariable v : sd.variables()) if (v.getVariableType() == VariableType.VARIABLE) p.add(v.name());
        return p;
    }

    @ParameterizedTest(name = "superkernel={0} pc={1}")
    @CsvSource({"false, 1", "true, 1", "false, 2"})
    void sameValuesAsSameDiffBitForBit(boolean superkernel, int pc) {
        SupernetSpec spec = spec(superkernel, pc);
        SameDiff sd = Supernet.build(spec, 5);
        Map<String, INDArray> feeds = new RandomBatches(3).next(spec, 6);
        List<String> outputs = List.of(Supernet.LOSS, Supernet.LOGITS), params = params(sd);

        OutAndGrad want = sd.calculateGradientsAndOutputs(feeds, outputs, params);
        PlannedSession planned = new PlannedSession(sd);
        for (int run = 0; run < 2; run++) {   // the second run reuses the first run's arrays and cached shapes
            OutAndGrad got = planned.gradients(feeds, outputs, params);
            assertNull(planned.fallbackReason(), "the supernet runs planned");
            for (String o : outputs) assertEquals(want.getOutputs().get(o), got.getOutputs().get(o), o);
            assertEquals(want.getGradients().keySet(), got.getGradients().keySet());
            for (String p : want.getGradients().keySet())
                assertEquals(want.getGradients().get(p), got.getGradients().get(p), "gradient of " + p + ", run " + run);
        }
    }

    @Test
    void forwardOutputsMatchSameDiffsOutputBitForBit() {
        SupernetSpec spec = spec(true, 1);
        SameDiff sd = Supernet.build(spec, 4);
        Map<String, INDArray> feeds = new RandomBatches(8).next(spec, 7);
        List<String> names = List.of(Supernet.LOGITS, Supernet.LOSS);
        Map<String, INDArray> want = sd.output(feeds, names.toArray(new String[0]));
        PlannedSession planned = new PlannedSession(sd);
        for (int run = 0; run < 2; run++) {
            Map<String, INDArray> got = planned.outputs(feeds, names);
            assertNull(planned.fallbackReason());
            for (String n : names) assertEquals(want.get(n), got.get(n), n + ", run " + run);
            got.values().forEach(planned::recycle);
        }
    }

    @Test
    void aSteadyStateAllocatesNoArrays() {
        SupernetSpec spec = spec(true, 1);
        SameDiff sd = Supernet.build(spec, 2);
        Map<String, INDArray> feeds = new RandomBatches(4).next(spec, 5);
        PlannedSession planned = new PlannedSession(sd);
        long[] created = new long[3];
        for (int run = 0; run < 3; run++) {
            OutAndGrad r = planned.gradients(feeds, List.of(Supernet.LOSS), params(sd));
            r.getOutputs().values().forEach(planned::recycle);
            r.getGradients().values().forEach(planned::recycle);
            created[run] = planned.arraysCreated();
        }
        assertFalse(created[0] == 0, "the first run allocates");
        assertEquals(created[1], created[2], "a run after the first two makes no new arrays");
    }

    @Test
    void opKindsItDoesNotRunAreRefusedWhenPlanning() {
        SameDiff sd = SameDiff.create();
        SDVariable w = sd.var("w", Nd4j.createFromArray(new float[]{1.5f, -2f, 0.25f}));
        SDVariable copy = sd.assign("copy", w, sd.constant(2.0f));   // in SameDiff, Assign's output is its input array
        copy.mul(w).sum().rename("loss");
        assertThrows(UnsupportedOperationException.class, () -> GraphPlan.of(sd, List.of("loss"), List.of(), new ArrayPool()));
    }

    @Test
    void thePropertyRunsSameDiffsSessionWithTheSameResults() {
        SupernetSpec spec = spec(false, 1);
        SameDiff sd = Supernet.build(spec, 9);
        Map<String, INDArray> feeds = new RandomBatches(1).next(spec, 4);
        OutAndGrad planned = new PlannedSession(sd).gradients(feeds, List.of(Supernet.LOSS), params(sd));
        String before = System.getProperty(PlannedSession.PROPERTY);
        System.setProperty(PlannedSession.PROPERTY, "samediff");
        try {
            PlannedSession viaSameDiff = new PlannedSession(sd);
            OutAndGrad r = viaSameDiff.gradients(feeds, List.of(Supernet.LOSS), params(sd));
            assertNotNull(viaSameDiff.fallbackReason());
            assertEquals(planned.getOutputs().get(Supernet.LOSS), r.getOutputs().get(Supernet.LOSS));
            for (String p : planned.getGradients().keySet()) assertEquals(planned.getGradients().get(p), r.getGradients().get(p), p);
        } finally {
            if (before == null) System.clearProperty(PlannedSession.PROPERTY);
            else System.setProperty(PlannedSession.PROPERTY, before);
        }
    }
}
