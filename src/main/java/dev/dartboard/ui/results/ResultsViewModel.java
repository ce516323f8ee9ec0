package dev.dartboard.ui.results;

import dev.dartboard.model.Genotype;
import dev.dartboard.nas.pareto.ParetoFront;
import dev.dartboard.nas.pareto.ParetoPick;
import dev.dartboard.nas.pareto.ParetoPoint;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;
import javafx.beans.property.*;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The Results page: a search run's Pareto front on a selectable cost axis, the selected point's genotype,
 * costs and (once trained) confusion matrix, the DS-CNN-S baseline, "Use this point" ({@link ParetoPick})
 * and training ({@link ResultsTraining}). Reading and picking run as background tasks.
 * Threading: FX thread only.
 */
public final class ResultsViewModel {
    private final Workspace workspace;
    private final ResultsLoader loader;
    private final ParetoPick picker;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final ResultsTraining training;
    private final ReadOnlyObjectWrapper<ResultsSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<CostAxis> axis = new SimpleObjectProperty<>(CostAxis.SRAM);
    private final ObservableList<ChartPoint> points = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper budgetX = new ReadOnlyDoubleWrapper();
    private final ReadOnlyObjectWrapper<PointDetail> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PointDetail> baseline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("No search run yet: run a search, or choose a run folder.");

    public ResultsViewModel(Workspace workspace, ResultsLoader loader, ParetoPick picker, TrainEngine engine,
                            TaskExecutor executor, StatusModel status) {
        this.workspace = workspace;
        this.loader = loader;
        this.picker = picker;
        this.executor = executor;
        this.status = status;
        this.training = new ResultsTraining(workspace, engine, loader, executor, status, this::trained);
        axis.addListener((o, a, b) -> remap());
    }

    public ReadOnlyObjectProperty<ResultsSnapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }
    /** The chart's x axis; changing it remaps {@link #points()} and the budget line. */
    public ObjectProperty<CostAxis> axisProperty() { return axis; }
    /** The front's points on the current axis, id order. */
    public ObservableList<ChartPoint> points() { return points; }
    /** The budget's limit on the current axis (the chart's vertical line). */
    public ReadOnlyDoubleProperty budgetXProperty() { return budgetX.getReadOnlyProperty(); }
    /** The selected point's details; null before a run is open. */
    public ReadOnlyObjectProperty<PointDetail> selectedProperty() { return selected.getReadOnlyProperty(); }
    /** DS-CNN-S on the run's board (id −1). */
    public ReadOnlyObjectProperty<PointDetail> baselineProperty() { return baseline.getReadOnlyProperty(); }
    /** What is open, or why nothing is. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ResultsTraining training() { return training; }

    /** Opens the search run {@code run} (its pareto.json) in the background; a missing or malformed file goes to the error banner, naming it. */
    public void open(Path run) {
        int fallback = workspace.project().targetWords().size() + 2;
        executor.run("Open results", ctx -> loader.load(run, fallback), status.track("Open results", this::show));
    }

    /** After a search: opens its run when it wrote a pareto.json, else says so. */
    public void searchFinished(Path run) {
        if (java.nio.file.Files.isRegularFile(run.resolve(dev.dartboard.nas.pareto.ParetoJson.FILE))) open(run);
        else message.set(run + " has no pareto.json: this search wrote no Pareto front.");
    }

    /** Opens the newest run of the project (under its runs/ folder) when there is one. */
    public void openLatest() {
        Path runs = runsFolder();
        if (runs == null) return;
        executor.run("Find runs", ctx -> RunFolders.latest(runs), status.track("Find runs", p -> p.ifPresent(this::open)));
    }

    public void reload() { if (snapshot.get() != null) open(snapshot.get().run()); }

    /** Selects point {@code id} (e.g. a click on the chart). */
    public void select(int id) {
        ResultsSnapshot s = snapshot.get();
        if (s == null || id < 0 || id >= s.front().points().size()) return;
        ParetoPoint p = s.front().point(id);
        String title = String.format(Locale.ROOT, "Point %d · %s · %.1f%% (supernet weights)%s", id, p.source(), 100 * p.accuracy(),
                p.id() == s.front().chosen() ? " · in genotype.json" : "");
        selected.set(PointDetails.of(id, title, p.genotype(), p.costs(), s.front().budget(), s.labels(), s.trained().get(id),
                RunFolders.trainedRun(s.run(), id)));
    }

    /** "Use this point": writes the selected point to genotype.json and marks it chosen. */
    public void useSelected() {
        ResultsSnapshot s = snapshot.get();
        PointDetail d = selected.get();
        if (s == null || d == null) return;
        executor.run("Use point " + d.id(), ctx -> chosen(s, d.id()), status.track("Use point " + d.id(), f -> {
            show(snapshot.get().withFront(f));
            message.set("genotype.json now holds point " + d.id() + " (" + s.run().resolve(ParetoPick.GENOTYPE) + ")");
        }));
    }

    private ParetoFront chosen(ResultsSnapshot s, int id) throws java.io.IOException {
        picker.pick(s.run(), id);
        ParetoFront f = s.front();
        return new ParetoFront(f.board(), f.budget(), f.points(), f.front(), id);
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
        remap();
        select(keep);
        baseline.set(PointDetails.of(-1, "DS-CNN-S baseline · " + (s.baseline() == null ? "not trained"
                        : String.format(Locale.ROOT, "%.1f%% (%s)", 100 * s.baseline().accuracy(), s.baseline().split())),
                Genotype.dscnnS(), s.baselineCosts(), s.front().budget(), s.labels(), s.baseline(), RunFolders.baselineRun(s.run())));
        message.set(String.format(Locale.ROOT, "%s: %d points, %d on the front, board %s", s.run(), s.front().points().size(),
                s.front().front().size(), s.front().board()));
    }

    private void trained(int id, TrainedMetrics m) {
        if (snapshot.get() == null) return;
        show(snapshot.get().withTrained(id, m));
    }

    private void remap() {
        ResultsSnapshot s = snapshot.get();
        if (s == null) return;
        budgetX.set(axis.get().limit(s.front().budget()));
        points.setAll(ChartPoints.of(s.front(), axis.get()));
    }

    private Path runsFolder() {
        Path file = workspace.fileProperty().get();
        if (file != null && file.getParent() != null) return file.getParent().resolve("runs");
        String data = workspace.project().dataFolder();
        return data.isBlank() ? null : Path.of(data).resolve("runs");
    }
}
