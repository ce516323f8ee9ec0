package dev.dartboard.ui.wizard;

import dev.dartboard.ui.common.Banner;
import dev.dartboard.ui.common.FileDialogs;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Name, Record and Search steps of the wizard, and the form helpers of its panes. Builds and binds only. */
final class WizardSteps {
    private WizardSteps() { }

    static Node name(WizardViewModel vm, FileDialogs dialogs) {
        TextField name = field("wizard-name", "e.g. biscuit");
        name.textProperty().bindBidirectional(vm.nameProperty());
        TextField folder = field("wizard-folder", "where the takes and the data set go");
        folder.textProperty().bindBidirectional(vm.folderProperty());
        folder.setPrefColumnCount(36);
        Button choose = new Button("Choose…");
        choose.setId("wizard-choose-folder");
        choose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        folder.setMinWidth(120);
        choose.setOnAction(e -> dialogs.chooseFolder("Folder for the keyword's data").ifPresent(p -> vm.folderProperty().set(p.toString())));
        Label problem = new Label();
        problem.setId("wizard-name-problem");
        problem.getStyleClass().add("validation");
        problem.textProperty().bind(vm.nameProblemProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("Keyword"), name);
        grid.addRow(1, label("Folder"), new HBox(8, folder, choose));
        return new VBox(10, section("Name your keyword"), grid, problem);
    }

    static Node record(WizardViewModel vm, Node recorder, FileDialogs dialogs) {
        Button load = new Button("Load WAV file…");
        load.setId("wizard-import");
        load.setTooltip(new javafx.scene.control.Tooltip("Adds a WAV file to the takes below (trimmed like a recorded take); "
                + "keep or discard it, then save"));
        load.disableProperty().bind(vm.recorder().recordingProperty());
        load.setOnAction(e -> dialogs.openFile("A take of the keyword", ".wav").ifPresent(p -> vm.importTakes(java.util.List.of(p))));
        Label count = new Label();
        count.setId("wizard-takes");
        count.textProperty().bind(Bindings.createStringBinding(() -> vm.takesProperty().get() + " takes saved in "
                + (vm.folderProperty().get().isBlank() ? "…" : vm.takesFolder()), vm.takesProperty(), vm.folderProperty(), vm.nameProperty()));
        Label hint = hint("Optional but worth it: 5–10 takes in your own voice teach the model what the real speaker sounds like. "
                + "Record takes or load WAV files you already have; both are listed below. Kept takes are saved when you "
                + "save them or move on.");
        return new VBox(8, section("Record a few takes"), hint, new HBox(10, load, count), recorder);
    }

    static Node search(WizardViewModel vm) {
        Label summary = new Label();
        summary.setId("wizard-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.createStringBinding(() -> "Data set: " + vm.synthesis().datasetProperty().get()
                + "\nTarget word: " + vm.keyword() + "\nBudgets (the project's, kept as they are): " + vm.budgetsProperty().get()
                + "\nChange them on the Space & budgets page.",
                vm.synthesis().datasetProperty(), vm.nameProperty(), vm.budgetsProperty()));
        Button go = new Button("Go to search ▶");
        go.setId("wizard-go-search");
        go.setOnAction(e -> vm.goToSearch());
        return new VBox(10, section("Search for a model"), splitBanner(vm, "wizard-split-warning-search"), summary, go);
    }

    /** The warning about too few validation/test clips, in the studio's banner style; hidden while there is none. */
    static Node splitBanner(WizardViewModel vm, String id) {
        return Banner.of(id, vm.splitWarningProperty(), Banner.Kind.WARNING, null);
    }

    static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    static Spinner<Integer> spinner(String id, int min, int max, int value) {
        Spinner<Integer> s = new Spinner<>(min, max, value);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(90);
        return s;
    }

    /** A form label that never truncates. */
    static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    /** A wrapped hint that keeps all its lines when the step is tall (never cut to one line with "…"). */
    static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
