package dev.dartboard.flow;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.data.DataPreparer;
import dev.dartboard.data.PreparedData;
import dev.dartboard.nas.pareto.ParetoJson;
import dev.dartboard.nas.pareto.ParetoPick;
import dev.dartboard.nas.pareto.ParetoPoint;
import dev.dartboard.nas.search.SearchListener;
import dev.dartboard.nas.search.SearchRequest;
import dev.dartboard.nas.search.SearchService;
import dev.dartboard.run.RunFolder;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A search as the CLI's {@code search}, {@code pipeline} and the studio's Search page run it: the supernet search
 * ({@link SearchService}: {@code search.json}, events, checkpoints, {@code genotype.json}, {@code pareto.json}),
 * then either the Pareto point the user picked ({@link ParetoPick}) or, with a {@link Ranking}, the best of the
 * ranked candidates ({@link SearchRanking}, {@code ranking.json}) as the run's {@code genotype.json}. The settings
 * come from {@link FlowDefaults} unless the caller overrides them, so the same data, seed and settings give the
 * same files whichever front end starts the search. Blocking; run it off the UI thread.
 */
public final class SearchFlow {
    private final DataPreparer preparer;
    private final ObjectMapper json;
    private final PrintStream progress;
    private final LongSupplier nanoTime;
    private final Consumer<String> rankingProgress;

    /**
     * @param preparer the data step ({@link DataStep}); the search's own data reports go to {@link #run}'s {@code report}
     * @param progress progress lines (stderr in the CLI)
     */
    public SearchFlow(DataPreparer preparer, ObjectMapper json, PrintStream progress) {
        this(preparer, json, progress, System::nanoTime);
    }

    /** @param nanoTime the clock of the search's wall time ({@code search.seconds} in genotype.json); tests fix it */
    public SearchFlow(DataPreparer preparer, ObjectMapper json, PrintStream progress, LongSupplier nanoTime) {
        this(preparer, json, progress, nanoTime, progress::println);
    }

    private SearchFlow(DataPreparer preparer, ObjectMapper json, PrintStream progress, LongSupplier nanoTime,
                       Consumer<String> rankingProgress) {
        this.preparer = preparer;
        this.json = json;
        this.progress = progress;
        this.nanoTime = nanoTime;
        this.rankingProgress = rankingProgress;
    }

    /**
     * This flow telling {@code lines} of the ranking's progress (one per candidate trained)
     * instead of the progress stream; the studio shows them, and its pause gate acts there.
     */
    public SearchFlow withRankingProgress(Consumer<String> lines) {
        return new SearchFlow(preparer, json, progress, nanoTime, lines);
    }

    /**
     * A finished search.
     *
     * @param outcome the search (decoded model, end state, front)
     * @param chosen  the point now in {@code genotype.json}: the decoded one, the picked one or the ranking's winner
     */
    public record Result(SearchService.SearchOutcome outcome, ParetoPoint chosen) {
        /** The decoder's repairs when the decoded model is the run's model, else none. */
        public List<String> repairs() {
            return chosen.source().equals(ParetoPoint.DECODED) ? outcome.decoded().repairs() : List.of();
        }
    }

    /**
     * Runs {@code r}, then picks or ranks.
     *
     * @param pick      a point id of the front to keep instead of the decoded model, or null
     * @param ranking   ranking by short trainings (ignored with {@code pick})
     * @param report    told of every data set the search prepares (the run's data report)
     * @param listeners told of every step, besides the event log
     * @throws dev.dartboard.nas.decode.InfeasibleBudgetException when nothing in the space fits the budget
     * @throws PickRefused when {@code pick} names no fitting point ({@code genotype.json} keeps the decoded model)
     */
    public Result run(SearchRequest r, Ranking ranking, Integer pick, Consumer<PreparedData> report,
                      List<SearchListener> listeners) throws IOException {
        SearchService.SearchOutcome o = new SearchService(preparer.reporting(report), json, progress, nanoTime).run(r, listeners);
        ParetoPoint chosen = o.pareto().point(o.pareto().chosen());
        if (pick != null) {
            try {
                chosen = new ParetoPick(json).pick(r.run(), pick);
            } catch (IllegalArgumentException e) {
                throw new PickRefused(e.getMessage());
            }
        }
        else if (ranking.on()) chosen = rank(r.run(), r.data(), r.words(), ranking, r.config().seed());
        return new Result(o, chosen);
    }

    /** Ranks the finished search in {@code run} ({@code pareto --rank}); the winner becomes its {@code genotype.json}. */
    public ParetoPoint rank(Path run, Path data, List<String> words, Ranking ranking, long seed) throws IOException {
        return new SearchRanking(preparer).run(run, data, words, new ParetoJson(json).read(RunFolder.of(run).pareto()), ranking, seed, rankingProgress);
    }

    /** {@code --pick} of a point that does not exist or does not fit; the message names the front. */
    public static final class PickRefused extends IllegalArgumentException {
        PickRefused(String message) { super(message); }
    }
}
