package dev.dartboard.nas.search;

import dev.dartboard.model.BoardProfile;
import dev.dartboard.model.Budget;
import dev.dartboard.model.SearchSpace;
import dev.dartboard.nas.pareto.ParetoExplorer;

import java.nio.file.Path;
import java.util.List;

/**
 * One search to run.
 *
 * @param data    data set root (GSC layout or folder per word)
 * @param run     output folder: genotype.json, pareto.json, search.json, events.jsonl, checkpoint/
 * @param space   what may be chosen
 * @param board   the target
 * @param budget  limits the decoded model must meet
 * @param config  the loop's settings
 * @param words   target words (empty: the data set's manifest or folders decide)
 * @param resume  continue from {@code run/checkpoint} if one exists
 * @param samples sub-networks the Pareto explorer draws (0: only the decoded and argmax points)
 */
public record SearchRequest(Path data, Path run, SearchSpace space, BoardProfile board, Budget budget, SearchConfig config,
                            List<String> words, boolean resume, int samples) {
    public SearchRequest {
        words = List.copyOf(words);
        if (samples < 0) throw new IllegalArgumentException("Pareto samples must be ≥ 0: " + samples);
    }

    /** With the explorer's default {@link ParetoExplorer#DEFAULT_SAMPLES} draws. */
    public SearchRequest(Path data, Path run, SearchSpace space, BoardProfile board, Budget budget, SearchConfig config,
                         List<String> words, boolean resume) {
        this(data, run, space, board, budget, config, words, resume, ParetoExplorer.DEFAULT_SAMPLES);
    }

    /** This request with {@code resume} set. */
    public SearchRequest resuming() { return new SearchRequest(data, run, space, board, budget, config, words, true, samples); }
}
