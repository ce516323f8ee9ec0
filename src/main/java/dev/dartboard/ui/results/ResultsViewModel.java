package dev.dartboard.ui.results;

import dev.dartboard.model.Genotype;
import dev.dartboard.nas.pareto.ParetoPick;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;
import javafx.beans.property.*;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The Results page: a search run's Pareto front on a selectable cost axis and as a point table, the selected
 * point's genotype, costs and (once trained) confusion matrix, the DS-CNN-S baseline, "Use this point"
 * ({@link ParetoPick}) and training ({@link ResultsTraining}). Runs are opened by {@link ResultsRuns}; reading
 * and picking run as background tasks. Threading: FX thread only.
 */
public final class ResultsViewModel {
    private final ResultsTraining training;
    private final ResultsRuns runs;
    private final PointUse use;
    private final ResultsChart chart = new ResultsChart();
    private final ReadOnlyObjectWrapper<ResultsSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PointRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PointDetail> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PointDetail> baseline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("No search run yet: run a search, or choose a run folder.");

    public ResultsViewModel(Workspace workspace, ResultsLoader loader, ParetoPick picker, TrainEngine engine,
                            TaskExecutor executor, StatusModel status) {
        this.training = new ResultsTraining(workspace, engine, loader, executor, status, this::trained);
        this.runs = new ResultsRuns(workspace, loader, executor, status, this::show, message::set);
        this.use = new PointUse(picker, executor, status);
    }

    public ReadOnlyObjectProperty<ResultsSnapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }
    /** The chart's x axis; changing it remaps {@link #points()} and the budget line. */
    public ObjectProperty<CostAxis> axisProperty() { return chart.axisProperty(); }
    /** The front's points on the current axis, id order. */
    public ObservableList<ChartPoint> points() { return chart.points(); }
    /** Every point with all its costs, id order (the point table). */
    public ObservableList<PointRow> rows() { return rows; }
    /** The budget's limit on the current axis (the chart's vertical line). */
    public ReadOnlyDoubleProperty budgetXProperty() { return chart.budgetXProperty(); }
    /** The selected point's details; null before a run is open. */
    public ReadOnlyObjectProperty<PointDetail> selectedProperty() { return selected.getReadOnlyProperty(); }
    /** DS-CNN-S on the run's board (id −1). */
    public ReadOnlyObjectProperty<PointDetail> baselineProperty() { return baseline.getReadOnlyProperty(); }
    /** What is open, or why nothing is. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ResultsTraining training() { return training; }

    /** Opens the search run {@code run} (its pareto.json) in the background; a missing or malformed file goes to the error banner, naming it. */
    public void open(Path run) { runs.open(run); }

    /** After a search: opens its run when it wrote a pareto.json, else says so. */
    public void searchFinished(Path run) { runs.searchFinished(run); }

    /** Opens the newest run of the project (under its runs/ folder) when there is one. */
    public void openLatest() { runs.openLatest(); }

    public void reload() { if (snapshot.get() != null) open(snapshot.get().run()); }

    /** Selects point {@code id} (a click on the chart or a row of the table); ignored for an unknown id. */
    public void select(int id) {
        ResultsSnapshot s = snapshot.get();
        if (s != null && id >= 0 && id < s.front().points().size()) selected.set(PointDetails.point(s, id));
    }

    /** "Use this point": writes the selected point to genotype.json and marks it chosen. */
    public void useSelected() {
        ResultsSnapshot s = snapshot.get();
        PointDetail d = selected.get();
        if (s == null || d == null) return;
        use.use(s, d.id(), f -> {
            show(snapshot.get().withFront(f));
            message.set("genotype.json now holds point " + d.id() + " (" + s.run().resolve(ParetoPick.GENOTYPE) + ")");
        });
    }

    /** "Train": trains the selected point's genotype from scratch into its run folder ({@link RunFolders#trainedRun}). */
    public void trainSelected() {
        PointDetail d = selected.get();
        if (d != null) training.train(d.id(), snapshot.get().front().point(d.id()).genotype(), d.trainedRun());
    }

    /** Trains DS-CNN-S on the project's data into {@link RunFolders#baselineRun}, so the baseline gets an accuracy. */
    public void trainBaseline() {
        PointDetail b = baseline.get();
        if (b != null) training.train(-1, Genotype.dscnnS(), b.trainedRun());
    }

    private void show(ResultsSnapshot s) {
        int keep = selected.get() != null && snapshot.get() != null && snapshot.get().run().equals(s.run()) ? selected.get().id() : s.front().chosen();
        snapshot.set(s);
        chart.show(s);
        rows.setAll(PointRow.of(s.front(), s.trained()));
        select(keep);
        baseline.set(PointDetails.baseline(s));
        message.set(String.format(Locale.ROOT, "%s: %d points, %d on the front, board %s", s.run(), s.front().points().size(),
                s.front().front().size(), s.front().board()));
    }

    private void trained(int id, TrainedMetrics m) {
        if (snapshot.get() != null) show(snapshot.get().withTrained(id, m));
    }
}
