package dev.dartboard.nas.search;

/**
 * Receives every step's {@link SearchEvent} in order (the studio's live charts, the CLI's progress,
 * {@link EventLog}). Called on the search thread, synchronously: keep it short, hand off to another
 * thread for UI work; an exception stops the search.
 */
@FunctionalInterface
public interface SearchListener {
    void onStep(SearchEvent event);
}
