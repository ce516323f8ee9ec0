package dev.dartboard.train;

import dev.dartboard.data.Example;
import dev.dartboard.data.ExamplePlan;
import dev.dartboard.data.PreparedData;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Primitive;
import dev.dartboard.model.Split;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training on real samples/ features: a tiny net must overfit a handful of examples; runs are reproducible. */
class TrainerTest {
    static Genotype tiny() {
        return new Genotype("tiny", DataConfig.defaults(), new Genotype.Stem(8, 10, 4, 2, 2),
                List.of(new Genotype.Layer(Primitive.DW_SEP_3X3, 12, 2)));
    }

    /** samples/ restricted to {@code n} training examples (two per class where possible), validated on the same ones. */
    static PreparedData handful(int n) {
        PreparedData all = SamplesData.get();
        List<Example> picked = new ArrayList<>();
        int classes = all.plan().labels().size();
        for (int round = 0; picked.size() < n && round < 50; round++)
            for (int c = 0; c < classes && picked.size() < n; c++) {
                int seen = 0;
                for (Example e : all.plan().of(Split.TRAIN))
                    if (e.label() == c && seen++ == round) picked.add(e);
            }
        ExamplePlan plan = new ExamplePlan(all.plan().labels(), Map.of(Split.TRAIN, picked, Split.VALIDATION, picked));
        return new PreparedData(all.dataset(), plan, all.table());
    }

    @Test
    void aTinyNetworkOverfitsAHandfulOfExamples() {
        PreparedData data = handful(12);
        TrainConfig cfg = new TrainConfig(40, 12, 0.05, 0.9, 0, 40, 0, Augment.NONE, Optimizer.Kind.ADAM, 5, 0);
        TrainResult r = new Trainer(cfg, TrainListener.NONE).train(tiny(), data);
        Confusion c = new Evaluator(data).of(r.model(), List.of(Split.TRAIN));
        assertEquals(12, c.n());
        assertEquals(1.0, c.accuracy(), "exported model on its 12 training examples, best epoch " + r.bestEpoch());
        assertTrue(r.history().get(r.history().size() - 1).trainLoss() < r.history().get(0).trainLoss() / 5, "loss falls");
    }

    @Test
    void anAveragedModelLearnsTheHandfulTooAndDiffersFromThePlainOne() {
        PreparedData data = handful(12);
        TrainConfig plain = new TrainConfig(40, 12, 0.05, 0.9, 0, 40, 0, Augment.NONE, Optimizer.Kind.ADAM, 5, 0);
        TrainResult a = new Trainer(plain.withEma(0.9), TrainListener.NONE).train(tiny(), data);
        TrainResult p = new Trainer(plain, TrainListener.NONE).train(tiny(), data);
        assertEquals(1.0, new Evaluator(data).of(a.model(), List.of(Split.TRAIN)).accuracy(), "EMA model on its 12 training examples");
        assertTrue(!java.util.Arrays.equals(a.model().ops().get(0).weights(), p.model().ops().get(0).weights()), "the average is used");
    }

    @Test
    void averagingTheLastEpochsTrainsEveryEpochAndKeepsTheModelItValidated() {
        PreparedData data = handful(12);
        // patience 1 would stop a plain run early; averaging trains all 6 epochs
        TrainConfig base = new TrainConfig(6, 12, 0.05, 0.9, 0, 1, 0, Augment.NONE, Optimizer.Kind.ADAM, 5, 0);
        TrainResult avg = new Trainer(base.withAverageLast(3), TrainListener.NONE).train(tiny(), data);
        TrainResult last = new Trainer(base.withAverageLast(1), TrainListener.NONE).train(tiny(), data);
        assertEquals(6, avg.history().size());
        assertEquals(5, avg.bestEpoch(), "the kept model is the one after the last epoch");
        // round trip: the accuracy reported for the last epoch is the exported model's on the validation split
        double reported = avg.history().get(5).valAccuracy();
        assertEquals(reported, new Evaluator(data).of(avg.model(), List.of(Split.VALIDATION)).accuracy(), 1e-12);
        assertEquals(last.history().get(5).valAccuracy(), new Evaluator(data).of(last.model(), List.of(Split.VALIDATION)).accuracy(), 1e-12);
        // the same trajectory (averaging only reads the weights): epochs before the window report the same accuracy
        for (int e = 0; e < 4; e++) assertEquals(last.history().get(e).valAccuracy(), avg.history().get(e).valAccuracy(), 1e-12, "epoch " + e);
        assertTrue(!java.util.Arrays.equals(avg.model().ops().get(0).weights(), last.model().ops().get(0).weights()), "three epochs averaged, not one");
        assertThrows(IllegalArgumentException.class, () -> base.withAverageLast(7));
        assertEquals(2, base.withAverageLast(5).withEpochs(2).averageLast(), "a shorter run averages what it trains");
    }

    @Test
    void epochsChosenByDetectionKeepTheEpochWhoseBestOperatingPointScoresHighest() {
        PreparedData data = handful(12);
        TrainConfig cfg = new TrainConfig(8, 12, 0.05, 0.9, 0, 8, 0, Augment.NONE, Optimizer.Kind.ADAM, 5, 0).withChooseByDetection(true);
        TrainResult r = new Trainer(cfg, TrainListener.NONE).train(tiny(), data);
        int argMax = 0;
        for (EpochStats s : r.history()) {
            assertTrue(Double.isFinite(s.valDetection()), "epoch " + s.epoch() + " scored");
            if (s.valDetection() > r.history().get(argMax).valDetection()) argMax = s.epoch();
        }
        assertEquals(argMax, r.bestEpoch(), "the first epoch of the best detection score is kept");
        // round trip: the kept model's own validation logits give the score its epoch reported
        Evaluator.Scores v = new Evaluator(data).scores(r.model(), Split.VALIDATION);
        OperatingPoint.Targets t = OperatingPoint.Targets.defaults();
        assertEquals(r.history().get(argMax).valDetection(), OperatingPoint.score(OperatingPoint.choose(v.truth(), v.logits(), t).after(), t), 1e-9);
        TrainResult plain = new Trainer(cfg.withChooseByDetection(false), TrainListener.NONE).train(tiny(), data);
        assertTrue(plain.history().stream().allMatch(s -> Double.isNaN(s.valDetection())), "not scored unless asked");
    }

    @Test
    void theTailAverageIsTheMeanOfWhatWasAddedAndAFreshCopy() {
        Trainer.TailAverage t = new Trainer.TailAverage();
        t.add(Map.of("w", org.nd4j.linalg.factory.Nd4j.createFromArray(1f, 2f)));
        t.add(Map.of("w", org.nd4j.linalg.factory.Nd4j.createFromArray(3f, 6f)));
        Map<String, org.nd4j.linalg.api.ndarray.INDArray> last = Map.of("w", org.nd4j.linalg.factory.Nd4j.createFromArray(5f, 1f));
        t.add(last);
        assertArrayEquals(new float[]{3f, 3f}, t.mean().get("w").toFloatVector(), 1e-6f);   // (1+3+5)/3, (2+6+1)/3
        t.mean().get("w").addi(100);
        assertArrayEquals(new float[]{3f, 3f}, t.mean().get("w").toFloatVector(), 1e-6f);
        assertEquals(3, t.count());
        assertTrue(t.last() == last);
    }

    @Test
    void theEmaDecayRampsUpAsTensorFlowsNumUpdates() {
        TrainConfig c = TrainConfig.defaults(1, 1).withEma(0.99);
        assertEquals(0.1, c.emaDecayAt(0), 1e-12);          // (1 + 0) / (10 + 0)
        assertEquals(91.0 / 100, c.emaDecayAt(90), 1e-12);
        assertEquals(0.99, c.emaDecayAt(10_000), 1e-12);    // capped
        assertEquals(0, TrainConfig.defaults(1, 1).emaDecayAt(5));
    }

    @Test
    void theSameSeedGivesTheSameWeights() {
        sameWeightsTwice(Augment.SHIFT);
    }

    @Test
    void audioAugmentedRunsAreReproducibleAndDifferFromShiftOnly() {
        FloatModel audio = sameWeightsTwice(Augment.AUDIO), shift = sameWeightsTwice(Augment.SHIFT);
        assertTrue(!java.util.Arrays.equals(audio.ops().get(0).weights(), shift.ops().get(0).weights()), "the augmentation is used");
    }

    private static FloatModel sameWeightsTwice(Augment augment) {
        PreparedData data = handful(18);
        TrainConfig cfg = new TrainConfig(2, 6, 0.05, 0.9, 1e-4, 5, 3, augment, Optimizer.Kind.SGD, 9, 0);
        FloatModel a = new Trainer(cfg, TrainListener.NONE).train(tiny(), data).model();
        FloatModel b = new Trainer(cfg, TrainListener.NONE).train(tiny(), data).model();
        for (int i = 0; i < a.ops().size(); i++)
            if (a.ops().get(i).weights() != null) {
                assertArrayEquals(a.ops().get(i).weights(), b.ops().get(i).weights(), 0f, "op " + i);
                assertArrayEquals(a.ops().get(i).bias(), b.ops().get(i).bias(), 0f, "op " + i);
            }
        return a;
    }
}
