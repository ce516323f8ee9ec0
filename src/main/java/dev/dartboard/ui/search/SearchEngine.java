package dev.dartboard.ui.search;

import dev.dartboard.nas.search.SearchListener;
import dev.dartboard.nas.search.SearchRequest;

import java.util.List;

/**
 * Runs one search (in the studio: {@code SearchService.run}); tests pass a fake that emits scripted events.
 * Called on a worker thread; blocking. Listeners are called on that thread; one that throws stops the search.
 */
@FunctionalInterface
public interface SearchEngine {
    SearchSummary run(SearchRequest request, List<SearchListener> listeners) throws Exception;
}
