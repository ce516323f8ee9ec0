package dev.dartboard.ui.overview;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.nas.pareto.ParetoFront;
import dev.dartboard.nas.pareto.ParetoPoint;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.CurrentRun;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.data.DataViewModel;
import dev.dartboard.ui.project.BudgetSettings;
import dev.dartboard.ui.project.Workspace;
import dev.dartboard.ui.results.ResultsSnapshot;
import dev.dartboard.ui.results.ResultsViewModel;
import dev.dartboard.ui.shell.Page;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Overview page: the pipeline data → budgets → search → train → deploy, each step with what it holds now
 * and its next action; the first step without a result is marked NEXT. Recomputed whenever a page's state
 * changes; the trained run's accuracies are read in the background. Threading: FX thread only.
 */
public final class OverviewViewModel {
    private final Workspace workspace;
    private final DataViewModel data;
    private final ResultsViewModel results;
    private final CurrentRun run;
    private final ObjectMapper mapper;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final ObservableList<OverviewStep> steps = FXCollections.observableArrayList();
    private final ObjectProperty<TrainedCard> trained = new SimpleObjectProperty<>();

    public OverviewViewModel(Workspace workspace, DataViewModel data, ResultsViewModel results, CurrentRun run,
                             ObjectMapper mapper, TaskExecutor executor, StatusModel status) {
        this.workspace = workspace;
        this.data = data;
        this.results = results;
        this.run = run;
        this.mapper = mapper;
        this.executor = executor;
        this.status = status;
        for (Observable o : List.<Observable>of(workspace.projectProperty(), data.summaryProperty(), data.clips(), data.rejected(),
                data.busyProperty(), results.snapshotProperty(), run.searchRunProperty(), run.lastFlashProperty(), trained))
            o.addListener(x -> update());
        run.trainedRunProperty().addListener((o, a, p) -> readTrained());
        run.lastFlashProperty().addListener((o, a, f) -> readTrained());
        update();
    }

    /** The five steps in pipeline order. */
    public ObservableList<OverviewStep> steps() { return steps; }

    /** Reads the trained run's metrics again (the Deploy page may have written quant.json since). */
    public void refresh() { readTrained(); }

    private void readTrained() {
        Path p = run.trainedRunProperty().get();
        if (p == null) { trained.set(null); return; }
        executor.run("Read trained run", ctx -> TrainedCard.read(mapper, p), status.track("Read trained run", c -> {
            if (p.equals(run.trainedRunProperty().get())) trained.set(c);
        }));
    }

    private void update() {
        List<OverviewStep> s = new ArrayList<>(List.of(dataStep(), budgetStep(), searchStep(), trainStep(), deployStep()));
        boolean nextSet = false;
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).state() == OverviewStep.State.DONE) continue;
            s.set(i, s.get(i).withState(nextSet ? OverviewStep.State.LATER : OverviewStep.State.NEXT));
            nextSet = true;
        }
        steps.setAll(s);
    }

    private OverviewStep dataStep() {
        if (workspace.project().dataFolder().isBlank())
            return step("data", "Data", false, "No data set yet: open a folder of one-second WAV clips (one folder per word).",
                    "Open a data set", Page.DATA);
        if (data.busyProperty().get() || data.clips().isEmpty())
            return step("data", "Data", false, data.summaryProperty().get(), "Check the data", Page.DATA);
        return step("data", "Data", true, String.format(Locale.ROOT, "%d clips, %d rejected · %d labels · %s", data.clips().size(),
                data.rejected().size(), data.labels().size(), workspace.project().dataFolder()), "Look at the clips", Page.DATA);
    }

    private OverviewStep budgetStep() {
        BudgetSettings b = workspace.project().budget();
        return step("budgets", "Budgets", true, String.format(Locale.ROOT, "%s: SRAM %.1f KB · flash %.1f KB · latency %.2f ms",
                b.board(), b.sramBytes() / 1024.0, b.flashBytes() / 1024.0, b.latencyMs()), "Review budgets and space", Page.SPACE);
    }

    private OverviewStep searchStep() {
        ResultsSnapshot s = results.snapshotProperty().get();
        Path searched = run.searchRunProperty().get();
        if (s == null && searched == null) return step("search", "Search", false, "No search yet.", "Start a search", Page.SEARCH);
        if (s == null) return step("search", "Search", false, searched.getFileName() + ": the search wrote no Pareto front.",
                "Search again", Page.SEARCH);
        ParetoFront f = s.front();
        ParetoPoint best = f.point(f.chosen());
        return step("search", "Search", true, String.format(Locale.ROOT, "%s: %d points, %d on the front · chosen point %d: "
                        + "%.1f%% (search estimate), SRAM %.1f KB, flash %.1f KB, %.2f ms", s.run().getFileName(), f.points().size(),
                f.front().size(), best.id(), 100 * best.accuracy(), best.costs().sramBytes() / 1024.0,
                best.costs().flashBytes() / 1024.0, best.costs().latencyMs()), "Pick and train a point", Page.RESULTS);
    }

    private OverviewStep trainStep() {
        Path p = run.trainedRunProperty().get();
        if (p == null) return step("train", "Trained model", false, "No trained model yet.", "Train the chosen point", Page.RESULTS);
        TrainedCard c = trained.get();
        String text = p.getFileName() + ": " + (c == null ? "reading…" : c.text());
        return step("train", "Trained model", true, text, "Export and flash", Page.DEPLOY);
    }

    private OverviewStep deployStep() {
        String flash = run.lastFlashProperty().get();
        boolean flashed = flash != null && !flash.isBlank();
        return step("deploy", "Board", flashed, flashed ? flash : "Not flashed yet.", flashed ? "Test on the board" : "Flash to a board",
                Page.DEPLOY);
    }

    private static OverviewStep step(String id, String title, boolean done, String detail, String action, Page page) {
        return new OverviewStep(id, title, done ? OverviewStep.State.DONE : OverviewStep.State.LATER, detail, action, page);
    }
}
