package dev.dartboard.ui.space;

import dev.dartboard.model.Budget;
import dev.dartboard.model.SearchSpace;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.SupernetSpec;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.nas.decode.Feasibility;
import dev.dartboard.ui.project.ProjectFile;

import java.util.Locale;

/**
 * The studio's one answer to "can a search meet this budget?": the check the search itself runs before it
 * starts ({@link Feasibility}, on the search space Start would build from the project and the Search page's
 * front-end count, {@link SearchSpaces}), in the studio's units (KB, ms, as {@link Resource} formats them). The
 * Search page gates Start on it; the Space page's banner and budget rows show the same verdict and numbers
 * ({@link FeasibilityModel} holds the one current verdict). Reads the board's profile (a bundled resource or a
 * small file); fast enough for the FX thread. Stateless apart from its board loader.
 */
public final class SearchFeasibility {
    private final BoardProfiles boards;

    public SearchFeasibility(BoardProfiles boards) { this.boards = boards; }

    /**
     * The verdict. {@code problem} is "" when a search can start, else why not (a budget no network meets, or
     * bounds with no valid front end); {@code line} states the smallest costs against the budget.
     *
     * @param minimum   the least SRAM, flash and latency of the search space (each on its own), or null when none
     *                  could be computed (no valid front end, an unreadable board)
     * @param budget    the project's budget the verdict is against; null with {@code minimum}
     * @param classes   the classifier's outputs the costs were computed for (target words + silence + unknown)
     * @param frontEnds the search space's front ends
     */
    public record Verdict(String problem, String line, Feasibility.Minimum minimum, Budget budget, int classes, int frontEnds) {
        /** A verdict with no numbers: a search may start ({@code problem} "") or not. */
        public static Verdict without(String problem, String line) { return new Verdict(problem, line, null, null, 0, 0); }

        public boolean ok() { return problem.isEmpty(); }

        /** Whether the space's least cost in {@code r} meets the budget; false without numbers. */
        public boolean fits(Resource r) { return minimum != null && r.of(minimum) <= r.of(budget); }
    }

    /** @param configs the Search page's front-end count */
    public Verdict check(ProjectFile p, int configs) {
        SearchSpace space;
        try {
            space = SearchSpaces.of(p.space(), configs);
        } catch (IllegalArgumentException e) {
            return Verdict.without("The search space has a problem: " + e.getMessage(), "");
        }
        Budget b = p.budget().asBudget();
        int classes = classes(p);
        CostModel model;
        try {
            model = new CostModel(boards.load(p.budget().board()), new GenotypeLowering());
        } catch (java.io.IOException e) {   // Start reports it, naming the board
            return Verdict.without("", "Board '" + p.budget().board() + "' could not be read: " + e.getMessage());
        }
        SupernetSpec spec = SupernetSpec.of(space, classes, dev.dartboard.flow.FlowDefaults.endToEnd(1, 64, 1).superkernel());
        Feasibility.Minimum m = Feasibility.minimum(model, space, spec.stems(), classes, b);
        int n = space.dataConfigs().size();
        String line = String.format(Locale.ROOT, "Smallest network of the search space (%d front ends): SRAM %s of %s · flash %s of %s · latency %s of %s",
                n, Resource.SRAM.format(Resource.SRAM.of(m)), Resource.SRAM.format(Resource.SRAM.of(b)),
                Resource.FLASH.format(Resource.FLASH.of(m)), Resource.FLASH.format(Resource.FLASH.of(b)),
                Resource.LATENCY.format(m.latencyMs()), Resource.LATENCY.format(b.latencyMs()));
        if (m.feasible()) return new Verdict("", line, m, b, classes, n);
        StringBuilder over = new StringBuilder();
        for (Resource r : Resource.values())
            if (r.of(m) > r.of(b))
                over.append(", ").append(r.label()).append(' ').append(r.format(r.of(m))).append(" (budget ").append(r.format(r.of(b))).append(')');
        String needs = over.length() == 0 ? " no single network meets all three budgets at once" : " the smallest network needs" + over.substring(1);
        return new Verdict("Impossible budget:" + needs + ". Raise the budget on the Space page or shrink the space.", line, m, b, classes, n);
    }

    /** The classifier's outputs a search of {@code p} trains: its target words, silence and unknown; 2 (the search's own lower bound) without words. */
    public static int classes(ProjectFile p) { return p.targetWords().isEmpty() ? 2 : p.targetWords().size() + 2; }
}
