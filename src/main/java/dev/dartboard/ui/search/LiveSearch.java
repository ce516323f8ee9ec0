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
    private final ObservableList<CurvePoint> points = FXCollections.observableArrayList();
    private final ObservableList<CostReading> costs = FXCollections.observableArrayList();
    private final ObservableList<String> ops = FXCollections.observableArrayList();
    private final ObservableList<String> configs = FXCollections.observableArrayList();
    private Budget budget;

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

    /** Clears everything for a new run of {@code r}. */
    void reset(SearchRequest r) {
        budget = r.budget();
        latest.set(null);
        points.clear();
        costs.clear();
        ops.setAll(r.space().primitives().stream().map(Primitive::cliName).toList());
        configs.setAll(r.space().dataConfigs().stream().map(DataConfig::id).toList());
    }

    void accept(EventBatcher.Batch b) {
        points.addAll(b.points());
        SearchEvent e = b.latest();
        latest.set(e);
        boolean exact = e.argmaxSramBytes() != null;   // the current argmax network's exact costs when the search sends them
        costs.setAll(List.of(
                new CostReading("SRAM", (exact ? e.argmaxSramBytes() : e.expectedSramBytes()) / 1024, budget.sramBytes() / 1024.0, "KB"),
                new CostReading("Flash", (exact ? e.argmaxFlashBytes() : e.expectedFlashBytes()) / 1024, budget.flashBytes() / 1024.0, "KB"),
                new CostReading("Latency", exact ? e.argmaxLatencyMs() : e.expectedLatencyMs(), budget.latencyMs(), "ms")));
    }
}
