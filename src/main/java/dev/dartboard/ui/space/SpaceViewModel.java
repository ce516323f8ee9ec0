package dev.dartboard.ui.space;

import dev.dartboard.model.BoardProfile;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.task.ErrorText;
import dev.dartboard.ui.project.ProjectFile;
import dev.dartboard.ui.project.Workspace;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The Space &amp; budgets page: the board and budgets ({@link BudgetForm}), the space's bounds ({@link SpaceForm})
 * and the live {@link BudgetCheck}: the studio's one feasibility verdict (the Search page's, {@link FeasibilityModel})
 * with the DS-CNN-S reference, recomputed after every change of the project, the board or the verdict. The reference
 * is one cost estimate, fast enough for the FX thread. Threading: FX thread only.
 */
public final class SpaceViewModel {
    private final Workspace workspace;
    private final BudgetForm budget;
    private final SpaceForm space;
    private final ObservableValue<SearchFeasibility.Verdict> feasibility;
    private final ReadOnlyObjectWrapper<BudgetCheck> check = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    /** @param feasibility the studio's current verdict (never null), e.g. {@link FeasibilityModel#verdictProperty()} */
    public SpaceViewModel(Workspace workspace, BudgetForm budget, SpaceForm space, ObservableValue<SearchFeasibility.Verdict> feasibility) {
        this.workspace = workspace;
        this.budget = budget;
        this.space = space;
        this.feasibility = feasibility;
        workspace.projectProperty().addListener(o -> recompute());
        budget.profileProperty().addListener(o -> recompute());
        feasibility.addListener(o -> recompute());
        recompute();
    }

    public BudgetForm budget() { return budget; }

    public SpaceForm space() { return space; }

    /** The verdict the page's banner shows: the Search page's own. */
    public ObservableValue<SearchFeasibility.Verdict> feasibilityProperty() { return feasibility; }

    /** The latest feedback; null while the inputs are unusable or the board profile loads. */
    public ReadOnlyObjectProperty<BudgetCheck> checkProperty() { return check.getReadOnlyProperty(); }

    /** "" or why no feedback can be computed (unusable space, non-positive budget, no board profile). */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    private void recompute() {
        BoardProfile board = budget.profileProperty().get();
        ProjectFile p = workspace.project();
        String bad = board == null ? "loading the board profile…" : p.space().problem();
        if (!bad.isEmpty()) { show(null, bad); return; }
        try {
            p.budget().asBudget();
        } catch (IllegalArgumentException e) {
            show(null, ErrorText.of(e));
            return;
        }
        SearchFeasibility.Verdict v = feasibility.getValue();
        if (v.minimum() == null) { show(null, v.ok() ? v.line() : v.problem()); return; }
        var ref = BudgetCheck.referenceOn(p.dataConfig());
        show(new BudgetCheck(v, ref, new CostModel(board, new GenotypeLowering()).of(ref, v.classes())), "");
    }

    private void show(BudgetCheck c, String why) {
        check.set(c);
        problem.set(why);
    }
}
