package dev.dartboard.train;

import dev.dartboard.data.DataPreparer;
import dev.dartboard.data.PreparedData;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Split;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Ranks candidate networks by a short training run each: every candidate is trained from scratch for a
 * few epochs ({@link Trainer}, same seed for all) on the train split of its own front end (capped at
 * {@code maxTrainClips} examples by {@link TrainSubset}, so the cost does not grow with the data set), and
 * scored by its best validation accuracy. {@link #halving} runs successive halving: the better half of the
 * first round is trained again for twice the epochs and that round decides. This is the search's final
 * judge where the supernet's inherited (one-hot) accuracies are too noisy to tell candidates apart.
 * Blocking; stateless apart from its settings.
 */
public final class CandidateRanking {
    /** One network to rank; {@code id} is the caller's (e.g. a Pareto point id). */
    public record Candidate(int id, Genotype genotype) { }

    /** A candidate's proxy score: best validation accuracy within the short run, and its wall time. */
    public record Score(int id, double valAccuracy, int epochs, double seconds) { }

    /** One round: its epochs and its scores, best first. */
    public record Round(int epochs, List<Score> scores) { }

    /**
     * Default epochs of a first-round run (the second round trains twice as long). Shorter runs favour the
     * front ends that learn fastest, not those that end best: on the 2,740-clip unseen-voice set, 3-epoch rounds
     * kept an 8 kHz MFCC candidate (trained fully: val 96.6%, unseen voices 84.4%) and dropped a 16 kHz one
     * (trained fully: val 97.8%, unseen voices 95.9%); 6-epoch rounds ranked them as full training does
     * (docs/training-measurements.md).
     */
    public static final int DEFAULT_EPOCHS = 6;

    /** Default cap on the training examples of a ranking run. */
    public static final int DEFAULT_TRAIN_CLIPS = 2000;
    private final DataPreparer preparer;
    private final int maxTrainClips;

    /** @param maxTrainClips cap on each run's TRAIN examples (≤ 0: all) */
    public CandidateRanking(DataPreparer preparer, int maxTrainClips) {
        this.preparer = preparer;
        this.maxTrainClips = maxTrainClips;
    }

    /** Every run on the whole TRAIN split. */
    public CandidateRanking(DataPreparer preparer) { this(preparer, 0); }

    /**
     * Successive halving: round 1 trains every candidate for {@code config.epochs()}; with three or more
     * candidates the better half (rounded up) is trained again from scratch for twice the epochs (patience
     * as long) in round 2. Returns the rounds in order; the final ranking is {@link #order}.
     */
    public List<Round> halving(Path data, List<String> words, List<Candidate> candidates, TrainConfig config,
                               Consumer<String> progress) throws IOException {
        List<Round> rounds = new ArrayList<>();
        List<Score> first = rank(data, words, candidates, config, progress);
        rounds.add(new Round(config.epochs(), first));
        if (candidates.size() >= 3) {
            List<Candidate> better = new ArrayList<>();
            for (Score s : first.subList(0, (candidates.size() + 1) / 2))
                candidates.stream().filter(c -> c.id() == s.id()).findFirst().ifPresent(better::add);
            TrainConfig longer = config.withEpochs(config.epochs() * 2).withPatience(config.epochs() * 2);
            rounds.add(new Round(longer.epochs(), rank(data, words, better, longer, progress)));
        }
        return rounds;
    }

    /** The final ranking of {@link #halving}'s rounds: the last round's order, then the others' dropped candidates. */
    public static List<Score> order(List<Round> rounds) {
        List<Score> out = new ArrayList<>();
        for (int r = rounds.size() - 1; r >= 0; r--)
            for (Score s : rounds.get(r).scores())
                if (out.stream().noneMatch(o -> o.id() == s.id())) out.add(s);
        return out;
    }

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
            PreparedData prepared = TrainSubset.cap(preparer.prepare(data, c.genotype().dataConfig(), words, config.seed()),
                    maxTrainClips, config.seed());
            TrainResult r = new Trainer(config, TrainListener.NONE).train(c.genotype(), prepared);
            double best = r.history().stream().mapToDouble(EpochStats::valAccuracy).max().orElse(0);
            Score s = new Score(c.id(), best, r.history().size(), (System.nanoTime() - t0) / 1e9);
            progress.accept(String.format("rank: point %d (%s) val acc %.4f after %d epochs on %d clips (%.1f s)", c.id(),
                    c.genotype().dataConfig().id(), best, s.epochs(), prepared.plan().of(Split.TRAIN).size(), s.seconds()));
            scores.add(s);
        }
        List<Score> sorted = new ArrayList<>(scores);
        sorted.sort(Comparator.comparingDouble((Score s) -> -s.valAccuracy()));   // stable: ties keep the given order
        return sorted;
    }
}
