package dev.dartboard.train;

import dev.dartboard.data.Batch;
import dev.dartboard.data.BatchIterator;
import dev.dartboard.data.BatchOptions;
import dev.dartboard.data.PreparedData;
import dev.dartboard.engine.exec.PlannedSession;
import dev.dartboard.model.Split;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The inference graph's confusion through a reused planned session (what training validates with each epoch) is the
 * one SameDiff's own {@code output} gives batch by batch, and it follows the graph's current weights from one call to
 * the next (the session reads variables when it runs, it does not keep the first call's values).
 */
class EvaluatorTest {
    @Test
    void aReusedPlannedSessionPredictsAsSameDiffAndFollowsTheWeights() {
        PreparedData data = SamplesData.get();
        DiscreteNet net = NetBuilder.build(TrainerTest.tiny(), data.plan().labels().size(), NetMode.INFER, 3);
        PlannedSession session = new PlannedSession(net.sd());
        Evaluator evaluator = new Evaluator(data);
        List<Split> splits = List.of(Split.TRAIN, Split.VALIDATION);

        int[][] before = evaluator.of(net, session, splits).counts();
        assertArrayEquals(reference(data, net, splits), before);

        // new weights in the same arrays, as training's copy into the inference graph does
        Map<String, INDArray> w = net.values();
        w.replaceAll((name, a) -> a.length() > 1 ? a.mul(-1.5).addi(0.01) : a);
        net.load(w);
        int[][] after = evaluator.of(net, session, splits).counts();
        assertArrayEquals(reference(data, net, splits), after);
        assertNotEquals(java.util.Arrays.deepToString(before), java.util.Arrays.deepToString(after), "the weights changed the predictions");
    }

    /** The confusion from SameDiff's own output, one batch of 256 at a time. */
    private static int[][] reference(PreparedData data, DiscreteNet net, List<Split> splits) {
        Confusion c = new Confusion(data.plan().labels().labels());
        for (Split s : splits)
            for (BatchIterator it = data.batches(s, new BatchOptions(256, BatchOptions.Layout.NHWC, BatchOptions.Labels.INDEX, false, 0), 0); it.hasNext(); ) {
                Batch b = it.next();
                int[] truth = b.labels().toIntVector(), predicted = net.predict(b.features()).argMax(1).toIntVector();
                for (int i = 0; i < truth.length; i++) c.add(truth[i], predicted[i]);
            }
        return c.counts();
    }
}
