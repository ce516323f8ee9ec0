package dev.dartboard.ui.space;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** The live costs block and the budget rows' colours. Builds and binds only; FX thread only. */
final class FeedbackView {
    private FeedbackView() { }

    /**
     * The space's least costs (the search's own check, as the banner above states them) and the DS-CNN-S reference.
     * Whether the budget can be met is the banner's to say (the Search page shows the same one).
     */
    static Node build(SpaceViewModel vm) {
        Label problem = new Label();
        problem.setId("space-problem");
        problem.getStyleClass().add("validation");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Label smallestTitle = text(vm, "smallest-title", c -> "Smallest in the search space (" + c.feasibility().frontEnds()
                + " front ends, as the search checks it)");
        smallestTitle.setStyle("-fx-font-weight: bold");
        smallestTitle.setTooltip(new javafx.scene.control.Tooltip("Per front end, every layer skip at the narrowest width; "
                + "each resource's least value, not necessarily one network's. The Search page's banner states the same numbers."));
        return new VBox(4, problem, smallestTitle, text(vm, "smallest-costs", BudgetCheck::smallestLine),
                bold("DS-CNN-S reference (on the project's front end)"),
                text(vm, "reference-costs", c -> BudgetCheck.costLine(c.referenceCosts())),
                hint(text(vm, "reference-genotype", c -> BudgetCheck.describe(c.reference()))));
    }

    /** Shows {@code res}'s verdict on {@code label} in green when the smallest network fits it, else red. */
    static void colour(Label label, SpaceViewModel vm, Resource res) {
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            BudgetCheck c = vm.checkProperty().get();
            return c == null ? "" : c.verdict(res);
        }, vm.checkProperty()));
        paint(label, vm.checkProperty().get(), res);
        vm.checkProperty().addListener((o, a, c) -> paint(label, c, res));
    }

    private static void paint(Label label, BudgetCheck c, Resource res) {
        label.getStyleClass().removeAll("verdict-ok", "verdict-over");
        if (c != null) label.getStyleClass().add(c.fits(res) ? "verdict-ok" : "verdict-over");
    }

    private static Label text(SpaceViewModel vm, String id, Function<BudgetCheck, String> f) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(Bindings.createStringBinding(() -> {
            BudgetCheck c = vm.checkProperty().get();
            return c == null ? "" : f.apply(c);
        }, vm.checkProperty()));
        return l;
    }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.setStyle("-fx-font-weight: bold");
        return l;
    }

    private static Label hint(Label l) {
        l.getStyleClass().add("hint");
        return l;
    }
}
