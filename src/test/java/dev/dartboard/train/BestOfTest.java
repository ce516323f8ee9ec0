package dev.dartboard.train;

import dev.dartboard.data.PreparedData;
import dev.dartboard.model.FloatModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The best of several trainings: each is the single training of its own seed; the kept one is the best on validation. */
class BestOfTest {
    private static final TrainConfig ONE = new TrainConfig(3, 6, 0.05, 0.9, 1e-4, 3, 2, Augment.SHIFT, Optimizer.Kind.ADAM, 5, 0).withWarp(0.1);

    @Test
    void eachTrainingIsTheSingleTrainingOfItsSeedAndTheBestOnValidationIsKept() {
        PreparedData data = TrainerTest.handful(12);
        List<String> started = new ArrayList<>();
        TrainListener listener = new TrainListener() {
            @Override public void epoch(EpochStats s) { }

            @Override public void training(int k, int of, long seed) { started.add(k + "/" + of + ":" + seed); }
        };
        BestOf.Outcome o = new BestOf(listener).train(TrainerTest.tiny(), data, ONE.withBestOf(3));
        assertEquals(List.of("0/3:5", "1/3:1005", "2/3:2005"), started);
        assertEquals(3, o.trials().size());
        int argMax = 0;
        for (int k = 0; k < 3; k++) {
            long seed = 5 + 1000L * k;
            // reference: the same data trained once, seeded by hand
            TrainConfig single = new TrainConfig(3, 6, 0.05, 0.9, 1e-4, 3, 2, Augment.SHIFT, Optimizer.Kind.ADAM, seed, 0).withWarp(0.1);
            TrainResult r = new Trainer(single, TrainListener.NONE).train(TrainerTest.tiny(), data);
            BestOf.Trial t = o.trials().get(k);
            assertEquals(seed, t.seed());
            assertEquals(r.bestEpoch(), t.bestEpoch(), "training " + k);
            assertEquals(r.history().get(r.bestEpoch()).valAccuracy(), t.validation(), 0, "training " + k);
            if (t.validation() > o.trials().get(argMax).validation()) argMax = k;
            if (k == o.index()) sameWeights(r.model(), o.kept().model());
        }
        assertEquals(argMax, o.index(), "the first of the best validation scores is kept");
        // round trip: the kept model's own validation accuracy is the score it was kept for
        assertEquals(o.trials().get(o.index()).validation(),
                new Evaluator(data).of(o.kept().model(), List.of(dev.dartboard.model.Split.VALIDATION)).accuracy(), 1e-12);
        assertEquals(5 + 1000L * o.index(), o.kept().config().seed());
        assertEquals(o.trials().stream().mapToDouble(BestOf.Trial::wallSeconds).sum(), o.wallSeconds(), 1e-9);
    }

    @Test
    void oneTrainingIsThePlainRun() {
        PreparedData data = TrainerTest.handful(12);
        BestOf.Outcome o = new BestOf(TrainListener.NONE).train(TrainerTest.tiny(), data, ONE);
        TrainResult plain = new Trainer(ONE, TrainListener.NONE).train(TrainerTest.tiny(), data);
        assertEquals(0, o.index());
        assertEquals(1, o.trials().size());
        sameWeights(plain.model(), o.kept().model());
    }

    @Test
    void theNumberOfTrainingsIsChecked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ONE.withBestOf(0));
        assertTrue(e.getMessage().contains("best-of"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ONE.withBestOf(TrainConfig.MAX_BEST_OF + 1));
        assertThrows(IllegalArgumentException.class, () -> ONE.withBestOf(2).training(2));
        assertEquals(1, ONE.withBestOf(2).training(1).bestOf());
        assertEquals(1005, ONE.withBestOf(2).training(1).seed());
        assertEquals(2, ONE.withBestOf(2).withEpochs(7).withWarp(0.1).bestOf(), "other settings keep it");
    }

    private static void sameWeights(FloatModel a, FloatModel b) {
        for (int i = 0; i < a.ops().size(); i++)
            if (a.ops().get(i).weights() != null) {
                assertArrayEquals(a.ops().get(i).weights(), b.ops().get(i).weights(), 0f, "op " + i);
                assertArrayEquals(a.ops().get(i).bias(), b.ops().get(i).bias(), 0f, "op " + i);
            }
    }
}
