package dev.dartboard.ui.space;

import dev.dartboard.model.BoardProfile;
import dev.dartboard.model.Budget;
import dev.dartboard.model.LabelSet;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.task.BackgroundTask;
import dev.dartboard.task.ErrorText;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.task.TaskListener;
import dev.dartboard.ui.project.ProjectFile;
import dev.dartboard.ui.project.Workspace;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Space &amp; budgets page: the board and budgets ({@link BudgetForm}), the space's bounds
 * ({@link SpaceForm}) and the live {@link BudgetCheck}, recomputed as a background task after every
 * change (a newer change cancels the older computation). Threading: FX thread only.
 */
public final class SpaceViewModel {
    /** Labels when the project names no target words: GSC's ten words + silence + unknown. */
    static final int DEFAULT_LABELS = 12;
    private final Workspace workspace;
    private final BudgetForm budget;
    private final SpaceForm space;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<BudgetCheck> check = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private BackgroundTask<BudgetCheck> running;

    public SpaceViewModel(Workspace workspace, BudgetForm budget, SpaceForm space, TaskExecutor executor) {
        this.workspace = workspace;
        this.budget = budget;
        this.space = space;
        this.executor = executor;
        workspace.projectProperty().addListener(o -> recompute());
        budget.profileProperty().addListener(o -> recompute());
        recompute();
    }

    public BudgetForm budget() { return budget; }

    public SpaceForm space() { return space; }

    /** The latest feedback; null until the first computation ends (or while the inputs are unusable). */
    public ReadOnlyObjectProperty<BudgetCheck> checkProperty() { return check.getReadOnlyProperty(); }

    /** "" or why no feedback can be computed (unusable space, non-positive budget, no board profile). */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    private void recompute() {
        if (running != null) running.cancel();
        BoardProfile board = budget.profileProperty().get();
        ProjectFile p = workspace.project();
        String bad = board == null ? "loading the board profile…" : p.space().problem();
        if (!bad.isEmpty()) { show(null, bad); return; }
        Budget limits;
        try {
            limits = p.budget().asBudget();
        } catch (IllegalArgumentException e) {
            show(null, ErrorText.of(e));
            return;
        }
        int labels = p.targetWords().isEmpty() ? DEFAULT_LABELS : LabelSet.of(p.targetWords()).size();
        SmallestNetwork smallest = new SmallestNetwork(new CostModel(board, new GenotypeLowering()), limits, labels);
        running = executor.execute(new BackgroundTask<>("Costs", ctx -> compute(smallest, limits, p), listener()));
    }

    private static BudgetCheck compute(SmallestNetwork smallest, Budget limits, ProjectFile p) {
        var g = smallest.of(p.space());
        var ref = BudgetCheck.referenceOn(p.dataConfig());
        return new BudgetCheck(limits, g, smallest.costs(g), ref, smallest.costs(ref));
    }

    private TaskListener<BudgetCheck> listener() {
        return new TaskListener<>() {
            @Override public void succeeded(BudgetCheck c) { show(c, ""); }
            @Override public void failed(Throwable e) { show(null, ErrorText.of(e)); }
        };
    }

    private void show(BudgetCheck c, String why) {
        check.set(c);
        problem.set(why);
    }
}
