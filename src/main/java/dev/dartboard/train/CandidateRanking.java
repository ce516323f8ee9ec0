package dev.dartboard.train;

import dev.dartboard.data.DataPreparer;
import dev.dartboard.data.PreparedData;
import dev.dartboard.model.Genotype;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Ranks candidate networks by a short training run each: every candidate is trained from scratch for a
 * few epochs ({@link Trainer}, same seed for all) on the train split of its own front end, and scored by its
 * best validation accuracy. This is the search's final judge where the supernet's inherited (one-hot)
 * accuracies are too noisy to tell candidates apart. Blocking; stateless apart from the injected preparer.
 */
public final class CandidateRanking {
    /** One network to rank; {@code id} is the caller's (e.g. a Pareto point id). */
    public record Candidate(int id, Genotype genotype) { }

    /** A candidate's proxy score: best validation accuracy within the short run, and its wall time. */
    public record Score(int id, double valAccuracy, int epochs, double seconds) { }

    private final DataPreparer preparer;

    public CandidateRanking(DataPreparer preparer) { this.preparer = preparer; }

    /**
     * Trains each candidate for {@code config.epochs()} epochs and returns the scores, best first (ties: the
     * earlier candidate, so callers list preferred ones first).
     *
     * @param progress one line per candidate
     */
    public List<Score> rank(Path data, List<String> words, List<Candidate> candidates, TrainConfig config,
                            Consumer<String> progress) throws IOException {
        List<Score> scores = new ArrayList<>();
        for (Candidate c : candidates) {
            long t0 = System.nanoTime();
            PreparedData prepared = preparer.prepare(data, c.genotype().dataConfig(), words, config.seed());
            TrainResult r = new Trainer(config, TrainListener.NONE).train(c.genotype(), prepared);
            double best = r.history().stream().mapToDouble(EpochStats::valAccuracy).max().orElse(0);
            Score s = new Score(c.id(), best, r.history().size(), (System.nanoTime() - t0) / 1e9);
            progress.accept(String.format("rank: point %d (%s) val acc %.4f after %d epochs (%.1f s)", c.id(),
                    c.genotype().dataConfig().id(), best, s.epochs(), s.seconds()));
            scores.add(s);
        }
        List<Score> sorted = new ArrayList<>(scores);
        sorted.sort(Comparator.comparingDouble((Score s) -> -s.valAccuracy()));   // stable: ties keep the given order
        return sorted;
    }
}
