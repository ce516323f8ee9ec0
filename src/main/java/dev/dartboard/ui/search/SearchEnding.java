package dev.dartboard.ui.search;

import dev.dartboard.nas.search.SearchEvent;
import dev.dartboard.task.TaskListener;
import dev.dartboard.ui.common.StatusModel;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * How a search run reports on the page: progress, messages, success and errors as every task does
 * ({@link StatusModel#track}); a cancel says how far the search got and whether Resume can continue it.
 * {@code ended} runs first whatever the outcome (the page's clean-up). FX thread, as every task listener.
 */
final class SearchEnding implements TaskListener<SearchSummary> {
    private final TaskListener<SearchSummary> track;
    private final StatusModel status;
    private final LiveSearch live;
    private final BooleanSupplier resumable;

    SearchEnding(StatusModel status, LiveSearch live, Consumer<SearchSummary> done, Runnable ended, BooleanSupplier resumable) {
        this.track = status.track("Search", done, ended);
        this.status = status;
        this.live = live;
        this.resumable = resumable;
    }

    @Override public void progress(double f) { track.progress(f); }

    @Override public void message(String m) { track.message(m); }

    @Override public void succeeded(SearchSummary s) { track.succeeded(s); }

    @Override public void failed(Throwable e) { track.failed(e); }

    @Override
    public void cancelled() {
        track.cancelled();
        status.info(cancelledText(live.latestProperty().get(), resumable.getAsBoolean()));
    }

    /** @param last the last step shown, null if none ran */
    static String cancelledText(SearchEvent last, boolean resumable) {
        String where = last == null ? "while preparing features" : "after step " + (last.step() + 1);
        String next = resumable ? "Resume continues from the last saved epoch"
                : last == null ? "nothing was searched yet" : "no epoch was saved yet, Start begins again";
        return "Search: cancelled " + where + "; " + next;
    }
}
