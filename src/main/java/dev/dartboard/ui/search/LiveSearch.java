package dev.dartboard.ui.search;

import dev.dartboard.model.Budget;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.Primitive;
import dev.dartboard.nas.search.SearchEvent;
import dev.dartboard.nas.search.SearchRequest;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * What the live views show of a running search: the latest event (α, γ), the curves so far, the
 * expected costs against the budgets and the axis names. Fed by {@link EventBatcher} batches.
 * Threading: FX thread only.
 */
public final class LiveSearch {
    private final ReadOnlyObjectWrapper<SearchEvent> latest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<EndAccuracy> end = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CurvePoint> points = FXCollections.observableArrayList();
    private final ObservableList<CostReading> costs = FXCollections.observableArrayList();
    private final ObservableList<String> ops = FXCollections.observableArrayList();
    private final ObservableList<String> configs = FXCollections.observableArrayList();
    private final javafx.beans.property.ReadOnlyDoubleWrapper progress = new javafx.beans.property.ReadOnlyDoubleWrapper(0);
    private final javafx.beans.property.ReadOnlyStringWrapper progressText = new javafx.beans.property.ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyStringWrapper state = new javafx.beans.property.ReadOnlyStringWrapper("No search yet: press Start.");
    private final java.util.function.LongSupplier nanos;
    private Budget budget;
    private SearchProgress counter;
    private java.nio.file.Path run;
    /** After a resume: the first new step drops the old points from there on (the search redoes them). */
    private boolean cutAtFirstStep;

    public LiveSearch() { this(System::nanoTime); }

    /** @param nanos the clock of the time-left estimate */
    LiveSearch(java.util.function.LongSupplier nanos) { this.nanos = nanos; }

    /** 0..1 of the run's steps, −1 (indeterminate) while features are prepared, 0 before a run. */
    public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    /** e.g. "step 120 of 480, epoch 3 of 8 · about 3 min 20 s left"; "" before the first step. */
    public javafx.beans.property.ReadOnlyStringProperty progressTextProperty() { return progressText.getReadOnlyProperty(); }

    /** What the search is doing now: preparing, searching, paused, cancelled, failed or finished, in words. */
    public javafx.beans.property.ReadOnlyStringProperty stateProperty() { return state.getReadOnlyProperty(); }

    void state(String text) { state.set(text); }

    /**
     * The run ended with a result: the bar is full, and the supernet's accuracy on the whole validation split
     * ({@code valAccuracy}, 0..1; NaN when unknown) becomes the end point of the accuracy curve, at the last step.
     */
    void finished(double valAccuracy) {
        progress.set(1);
        progressText.set("");
        SearchEvent last = latest.get();
        end.set(Double.isNaN(valAccuracy) ? null : new EndAccuracy(last == null ? 0 : last.step(), valAccuracy));
    }

    /**
     * The supernet's accuracy (0..1) on the whole validation split when the search finished, at its last step: the one
     * accuracy a search of warm-up epochs only has. Null before a run finishes, and from each new start or resume.
     */
    public ReadOnlyObjectProperty<EndAccuracy> endAccuracyProperty() { return end.getReadOnlyProperty(); }

    /** @param accuracy 0..1 */
    public record EndAccuracy(int step, double accuracy) { }

    /** The newest event; null before the first step. */
    public ReadOnlyObjectProperty<SearchEvent> latestProperty() { return latest.getReadOnlyProperty(); }

    /** Every step's losses and accuracy, in step order. */
    public ObservableList<CurvePoint> points() { return points; }

    /** SRAM (KB), flash (KB) and latency (ms) expected now, against the budgets. */
    public ObservableList<CostReading> costs() { return costs; }

    /** The α heat map's op names (columns), in α order. */
    public ObservableList<String> ops() { return ops; }

    /** The γ bars' data-config ids, in γ order. */
    public ObservableList<String> configs() { return configs; }

    /**
     * Clears everything for a new run of {@code r}. Resuming the run shown last keeps its curves: the first new
     * step drops the points from that step on, which the search redoes from its checkpoint.
     */
    void reset(SearchRequest r) {
        budget = r.budget();
        latest.set(null);
        end.set(null);
        boolean keep = r.resume() && r.run().equals(run);
        if (!keep) points.clear();
        cutAtFirstStep = keep;
        run = r.run();
        counter = keep && counter != null ? counter.resumed() : new SearchProgress(r.config().epochs());
        progress.set(-1);
        progressText.set("");
        state.set(r.resume() ? "Resuming from the last saved epoch of " + r.run().getFileName() + "…" : "Preparing features…");
        costs.clear();
        ops.setAll(r.space().primitives().stream().map(Primitive::cliName).toList());
        configs.setAll(r.space().dataConfigs().stream().map(DataConfig::id).toList());
    }

    void accept(EventBatcher.Batch b) {
        if (cutAtFirstStep && !b.points().isEmpty()) {
            int from = b.points().get(0).step();
            points.removeIf(p -> p.step() >= from);
            cutAtFirstStep = false;
        }
        points.addAll(b.points());
        SearchEvent e = b.latest();
        latest.set(e);
        counter.step(e.step(), e.epoch(), nanos.getAsLong());
        progress.set(counter.fraction());
        progressText.set(counter.text());
        boolean exact = e.argmaxSramBytes() != null;   // the current argmax network's exact costs when the search sends them
        costs.setAll(List.of(
                new CostReading("SRAM", (exact ? e.argmaxSramBytes() : e.expectedSramBytes()) / 1024, budget.sramBytes() / 1024.0, "KB"),
                new CostReading("Flash", (exact ? e.argmaxFlashBytes() : e.expectedFlashBytes()) / 1024, budget.flashBytes() / 1024.0, "KB"),
                new CostReading("Latency", exact ? e.argmaxLatencyMs() : e.expectedLatencyMs(), budget.latencyMs(), "ms")));
    }
}
