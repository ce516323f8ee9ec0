package dev.dartboard.ui.search;

import dev.dartboard.model.Budget;
import dev.dartboard.model.SearchSpace;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.SupernetSpec;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.nas.decode.Feasibility;
import dev.dartboard.ui.project.ProjectFile;
import dev.dartboard.ui.space.Resource;

import java.util.Locale;

/**
 * The studio's one answer to "can a search meet this budget?": the check the search itself runs before it
 * starts ({@link Feasibility}, on the search space Start would build from the project and the page's front-end
 * count), in the studio's units (KB, ms, as {@link Resource} formats them). The Search page gates Start on it and
 * the Space page shows the same verdict. Reads the board's profile (a bundled resource); fast enough for the FX thread.
 */
public final class SearchFeasibility {
    private final BoardProfiles boards;

    public SearchFeasibility(BoardProfiles boards) { this.boards = boards; }

    /**
     * The verdict. {@code problem} is "" when a search can start, else why not (a budget no network meets, or
     * bounds with no valid front end); {@code line} states the smallest costs against the budget.
     */
    public record Verdict(String problem, String line) {
        public boolean ok() { return problem.isEmpty(); }
    }

    /** @param configs the Search page's front-end count */
    public Verdict check(ProjectFile p, int configs) {
        SearchSpace space;
        try {
            space = SearchRequests.space(p.space(), configs);
        } catch (IllegalArgumentException e) {
            return new Verdict("The search space has a problem: " + e.getMessage(), "");
        }
        Budget b = p.budget().asBudget();
        int classes = p.targetWords().isEmpty() ? 2 : p.targetWords().size() + 2;   // with silence and unknown; 2 is the search's own lower bound
        CostModel model;
        try {
            model = new CostModel(boards.load(p.budget().board()), new GenotypeLowering());
        } catch (java.io.IOException e) {   // Start reports it, naming the board
            return new Verdict("", "Board '" + p.budget().board() + "' could not be read: " + e.getMessage());
        }
        SupernetSpec spec = SupernetSpec.of(space, classes, dev.dartboard.flow.FlowDefaults.endToEnd(1, 64, 1).superkernel());
        Feasibility.Minimum m = Feasibility.minimum(model, space, spec.stems(), classes, b);
        String line = String.format(Locale.ROOT, "Smallest network of the search space (%d front ends): SRAM %s of %s · flash %s of %s · latency %s of %s",
                space.dataConfigs().size(), kb(m.sramBytes()), kb(b.sramBytes()), kb(m.flashBytes()), kb(b.flashBytes()),
                Resource.LATENCY.format(m.latencyMs()), Resource.LATENCY.format(b.latencyMs()));
        if (m.feasible()) return new Verdict("", line);
        StringBuilder over = new StringBuilder();
        if (m.sramBytes() > b.sramBytes()) over.append(", SRAM ").append(kb(m.sramBytes())).append(" (budget ").append(kb(b.sramBytes())).append(')');
        if (m.flashBytes() > b.flashBytes()) over.append(", flash ").append(kb(m.flashBytes())).append(" (budget ").append(kb(b.flashBytes())).append(')');
        if (m.latencyMs() > b.latencyMs()) over.append(", latency ").append(Resource.LATENCY.format(m.latencyMs()))
                .append(" (budget ").append(Resource.LATENCY.format(b.latencyMs())).append(')');
        String needs = over.length() == 0 ? " no single network meets all three budgets at once" : " the smallest network needs" + over.substring(1);
        return new Verdict("Impossible budget:" + needs + ". Raise the budget on the Space page or shrink the space.", line);
    }

    private static String kb(double bytes) { return Resource.SRAM.format(bytes / 1024.0); }
}
