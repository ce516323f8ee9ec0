package dev.dartboard.ui.search;

import dev.dartboard.nas.search.SearchListener;
import dev.dartboard.nas.search.SearchRequest;

import java.util.List;

/**
 * Runs one search (in the studio: {@code SearchService.run}); tests pass a fake that emits scripted events.
 * Called on a worker thread; blocking. Listeners are called on that thread; one that throws stops the search.
 * Before the first step (featurizing the data) the engine calls {@code gate.await()} between units of work,
 * e.g. per clip read, so that Pause and Cancel also act there; the page's listeners await it at every step.
 */
@FunctionalInterface
public interface SearchEngine {
    SearchSummary run(SearchRequest request, List<SearchListener> listeners, PauseGate gate) throws Exception;
}
