package dev.dartboard.flow;

import dev.dartboard.export.ExportFormat;
import dev.dartboard.nas.ExpectedCosts;
import dev.dartboard.nas.pareto.ParetoExplorer;
import dev.dartboard.nas.search.SearchConfig;
import dev.dartboard.train.CandidateRanking;

import java.util.List;

/**
 * The one owner of the defaults that the CLI's options and the studio's pages share. The numbers are the
 * released defaults of the CLI (its flags are contracts): {@code dartboard search} trains the supernet
 * weights with SGD and ranks nothing ({@link #search}), {@code dartboard pipeline} — search through export in
 * one go — uses Adam and ranks 4 candidates ({@link #endToEnd}; on held-out voices that beat SGD plus the
 * decoded model alone). The studio's Search page is the studio's end-to-end path, so it runs the pipeline's
 * recipe: the same data, seed and settings give the studio and {@code dartboard pipeline}'s search the same
 * model. Stateless.
 */
public final class FlowDefaults {
    public static final String BOARD = "nano33ble";
    public static final long SEED = 1;
    public static final int SEARCH_EPOCHS = 4, WARMUP_EPOCHS = 1, SEARCH_BATCH = 64, CONFIGS = 8;
    public static final double ARCH_LR = 0.05, TAU = 0.01, MOMENTUM = 0.9;
    /** Weight of each budget penalty (SRAM, flash, latency). */
    public static final int LAMBDA = 5;
    /** Ranking runs: first-round epochs and training clips at most (see {@link CandidateRanking}). */
    public static final int RANK_EPOCHS = CandidateRanking.DEFAULT_EPOCHS, RANK_CLIPS = CandidateRanking.DEFAULT_TRAIN_CLIPS;
    /** Sub-networks the Pareto explorer draws. */
    public static final int PARETO_SAMPLES = ParetoExplorer.DEFAULT_SAMPLES;
    /** Candidates the pipeline (and the studio) rank by short trainings. */
    public static final int END_TO_END_RANK = 4;
    /** Training clips int8 calibration uses: a few hundred, as TFLite's converter is usually fed. */
    public static final int CALIBRATION_CLIPS = 300;
    /** Every export format, in {@link ExportFormat} order ({@code export --format}'s default). */
    public static final List<String> EXPORT_FORMATS = List.of("tflite", "c", "arduino", "card", "blob");

    private FlowDefaults() { }

    /** Warm-up epochs (weights only) of a search of {@code epochs}: {@link #WARMUP_EPOCHS}, at most all of them. */
    public static int warmup(int epochs) { return Math.min(WARMUP_EPOCHS, epochs); }

    /** The default weight learning rate at step 0 of {@code optimizer} (cosine to 1/25 of it). */
    public static double weightLr(String optimizer) {
        return SearchConfig.ADAM.equals(optimizer) ? SearchConfig.ADAM_LR : SearchConfig.SGD_LR;
    }

    /**
     * The search loop's settings; every argument is an option of {@code dartboard search}.
     *
     * @param weightLr null: {@link #weightLr(String)} of {@code weightOptimizer}
     * @throws IllegalArgumentException naming what is out of range
     */
    public static SearchConfig searchConfig(int epochs, int warmup, int batch, long seed, double archLr, double lambda,
                                            int threads, int partialChannels, boolean superkernel, String weightOptimizer,
                                            Double weightLr, double freeOpPenalty) {
        double lr = weightLr != null ? weightLr : weightLr(weightOptimizer);
        return new SearchConfig(epochs, Math.min(warmup, epochs), batch, SearchConfig.SGD_LR, SearchConfig.SGD_LR / 25, MOMENTUM, archLr,
                new ExpectedCosts.Lambdas(lambda, lambda, lambda), TAU, seed, threads, partialChannels, superkernel, SearchConfig.SGD)
                .withWeightOptimizer(weightOptimizer, lr).withFreeOpPenalty(freeOpPenalty);
    }

    /** {@code dartboard search}'s settings with the given epochs, batch and seed: SGD, λ = 5, α/γ Adam 0.05, one warm-up epoch. */
    public static SearchConfig search(int epochs, int batch, long seed) {
        return searchConfig(epochs, warmup(epochs), batch, seed, ARCH_LR, LAMBDA, 0, 1, false, SearchConfig.SGD, null, 0);
    }

    /** {@code dartboard pipeline}'s (and the studio's) search settings: {@link #search} with Adam weights. */
    public static SearchConfig endToEnd(int epochs, int batch, long seed) {
        return searchConfig(epochs, warmup(epochs), batch, seed, ARCH_LR, LAMBDA, 0, 1, false, SearchConfig.ADAM, null, 0);
    }

    /** No ranking: the decoded model is the search's model ({@code dartboard search}'s default). */
    public static Ranking noRanking() { return new Ranking(0, RANK_EPOCHS, RANK_CLIPS); }

    /** {@code dartboard pipeline}'s (and the studio's) ranking: {@link #END_TO_END_RANK} candidates. */
    public static Ranking endToEndRanking() {
        return new Ranking(END_TO_END_RANK, RANK_EPOCHS, RANK_CLIPS);
    }
}
