package dev.dartboard.ui.search;

import dev.dartboard.flow.Flows;
import dev.dartboard.flow.Ranking;
import dev.dartboard.flow.SearchFlow;
import dev.dartboard.nas.search.SearchListener;
import dev.dartboard.nas.search.SearchRequest;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * The studio's search: the same {@link SearchFlow} as {@code dartboard search} and the pipeline, ranking with
 * {@code ranking} (the pipeline's by default, {@link dev.dartboard.flow.FlowDefaults#endToEndRanking}). Clips are
 * read through the run's pause gate, and the gate is awaited before each ranked candidate's line, so Pause and
 * Cancel act while features are prepared, at every step and between ranking runs. {@code progress} gets the flow's
 * progress lines (stderr), {@code rankingLines} each ranking line (e.g. for the status bar), on the worker thread.
 * Thread-safe.
 */
public record FlowSearchEngine(Flows flows, Ranking ranking, PrintStream progress, Consumer<String> rankingLines) implements SearchEngine {

    @Override
    public SearchSummary run(SearchRequest request, List<SearchListener> listeners, PauseGate gate) throws Exception {
        SearchFlow flow = flows.search(progress, reader -> new GatedClipReader(reader, gate)).withRankingProgress(line -> {
            progress.println(line);
            rankingLines.accept(line);
            gate.await();
        });
        return SearchSummary.of(flow.run(request, ranking, null, data -> { }, listeners), request.run());
    }
}
