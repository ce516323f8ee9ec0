package dev.dartboard.train;

import dev.dartboard.data.PreparedData;
import dev.dartboard.model.Genotype;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link TrainConfig#bestOf()} trainings of one genotype on the same prepared data (the same clips, unknown and silence
 * draws), training {@code k} seeded {@link TrainConfig#trainingSeed(int)}; the run keeps the training whose kept epoch
 * scores best on the validation split (accuracy, or the detection score when epochs are chosen by detection; the first
 * on a tie). On held-out voice families the final training's seed moves a network by several points, but a small, easy
 * validation split rarely tells its trainings apart: an option, off by default (docs/generalisation.md). Blocking; not
 * thread-safe.
 */
public final class BestOf {
    private final TrainListener listener;

    /** @param listener told of each training's start ({@link TrainListener#training}) and of its every epoch */
    public BestOf(TrainListener listener) {
        this.listener = listener;
    }

    /**
     * One training's outcome.
     *
     * @param seed       its seed
     * @param bestEpoch  the epoch it kept
     * @param validation the kept epoch's validation score (what the trainings are compared by)
     * @param wallSeconds its training loop's wall time
     */
    public record Trial(long seed, int bestEpoch, double validation, double wallSeconds) { }

    /**
     * The trainings and the one kept.
     *
     * @param kept   the kept training's result (its config has {@code bestOf} 1 and the training's seed)
     * @param index  which training it is (0-based)
     * @param trials every training in order
     */
    public record Outcome(TrainResult kept, int index, List<Trial> trials) {
        public Outcome {
            trials = List.copyOf(trials);
        }

        /** The wall time of all trainings. */
        public double wallSeconds() {
            return trials.stream().mapToDouble(Trial::wallSeconds).sum();
        }
    }

    /**
     * Trains {@code config.bestOf()} times.
     *
     * @throws NonFiniteLossException as {@link Trainer#train} (no later training runs)
     */
    public Outcome train(Genotype g, PreparedData data, TrainConfig config) {
        List<Trial> trials = new ArrayList<>();
        TrainResult kept = null;
        int index = -1;
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < config.bestOf(); k++) {
            TrainConfig one = config.training(k);
            listener.training(k, config.bestOf(), one.seed());
            TrainResult r = new Trainer(one, listener).train(g, data);
            double score = r.history().get(r.bestEpoch()).selectionScore(config.chooseByDetection());
            trials.add(new Trial(one.seed(), r.bestEpoch(), score, r.wallMs() / 1000.0));
            if (kept == null || score > best) {   // a NaN score (no validation split) never replaces the kept training
                kept = r;
                index = k;
                best = Double.isNaN(score) ? best : score;
            }
        }
        return new Outcome(kept, index, trials);
    }
}
