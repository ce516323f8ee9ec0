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
    private final java.util.function.Supplier<java.nio.file.Path> run;

    /** @param run the run folder (null before the request was built) */
    SearchEnding(StatusModel status, LiveSearch live, Consumer<SearchSummary> done, Runnable ended, BooleanSupplier resumable,
                 java.util.function.Supplier<java.nio.file.Path> run) {
        this.track = status.track("Search", done, ended);
        this.status = status;
        this.live = live;
        this.resumable = resumable;
        this.run = run;
    }

    @Override public void progress(double f) { track.progress(f); }

    @Override public void message(String m) { track.message(m); }

    @Override public void succeeded(SearchSummary s) {
        live.finished(s.valAccuracy());
        live.state("Finished in " + String.format(java.util.Locale.ROOT, "%.0f s", s.seconds()) + ": the decoded network is below; Results shows its Pareto front.");
        track.succeeded(s);
    }

    @Override public void failed(Throwable e) {
        live.state("Failed: " + dev.dartboard.task.ErrorText.of(e));
        track.failed(e);
    }

    @Override
    public void cancelled() {
        track.cancelled();
        java.nio.file.Path folder = run.get();
        boolean decoded = folder != null && java.nio.file.Files.isRegularFile(folder.resolve(dev.dartboard.nas.pareto.ParetoPick.GENOTYPE));
        String text = cancelledText(live.latestProperty().get(), resumable.getAsBoolean(), decoded);
        status.info(text);
        live.state(text.substring("Search: ".length()));
    }

    /**
     * @param last    the last step shown, null if none ran
     * @param decoded whether the run folder already holds genotype.json (the search itself had finished)
     */
    static String cancelledText(SearchEvent last, boolean resumable, boolean decoded) {
        String where = last == null ? "while preparing features" : "after step " + (last.step() + 1);
        String next = decoded ? "the search had finished: genotype.json holds its network, only the Pareto front is missing"
                : resumable ? "Resume continues from the last saved epoch"
                : last == null ? "nothing was searched yet" : "no epoch was saved yet, Start begins again";
        return "Search: cancelled " + where + "; " + next;
    }
}
