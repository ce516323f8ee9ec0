package dev.dartboard.ui.wizard;

import dev.dartboard.ui.common.FileDialogs;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Name, Record, Generate and Search steps of the wizard. Builds and binds only. */
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
        load.setOnAction(e -> dialogs.openFile("A take of the keyword", ".wav").ifPresent(vm::importTake));
        Label count = new Label();
        count.setId("wizard-takes");
        count.textProperty().bind(Bindings.createStringBinding(() -> vm.takesProperty().get() + " takes saved in "
                + (vm.folderProperty().get().isBlank() ? "…" : vm.takesFolder()), vm.takesProperty(), vm.folderProperty(), vm.nameProperty()));
        Label hint = hint("Optional but worth it: 5–10 takes in your own voice teach the model what the real speaker sounds like. "
                + "Save the kept takes, or load WAV files you already have.");
        return new VBox(8, section("Record a few takes"), hint, new HBox(10, load, count), recorder);
    }

    static Node synthesize(WizardViewModel vm) {
        SynthesisModel s = vm.synthesis();
        TextField negatives = field("wizard-negatives", "comma-separated words");
        negatives.textProperty().bindBidirectional(s.negativesProperty());
        negatives.setPrefColumnCount(50);
        Spinner<Integer> perWord = spinner("wizard-per-word", 1, 500, s.perWordProperty().get());
        perWord.valueProperty().addListener((o, a, v) -> s.perWordProperty().set(v));
        Spinner<Integer> perUnknown = spinner("wizard-per-unknown", 0, 200, s.perUnknownProperty().get());
        perUnknown.valueProperty().addListener((o, a, v) -> s.perUnknownProperty().set(v));
        Label tts = new Label();
        tts.setId("wizard-tts");
        tts.setWrapText(true);
        tts.getStyleClass().add("validation");
        tts.textProperty().bind(s.ttsProblemProperty());
        tts.visibleProperty().bind(s.ttsProblemProperty().isNotEmpty());
        tts.managedProperty().bind(tts.visibleProperty());
        Button generate = new Button("Generate");
        generate.setId("wizard-generate");
        generate.disableProperty().bind(s.runningProperty().or(s.ttsProblemProperty().isNotEmpty()));
        generate.setOnAction(e -> vm.generate());
        Button cancel = new Button("Cancel");
        cancel.setId("wizard-cancel");
        cancel.disableProperty().bind(s.runningProperty().not());
        cancel.setOnAction(e -> s.cancel());
        ProgressBar bar = new ProgressBar(0);
        bar.setId("wizard-progress");
        bar.setPrefWidth(260);
        bar.progressProperty().bind(s.progressProperty());
        bar.visibleProperty().bind(s.runningProperty());
        Label message = new Label();
        message.setId("wizard-synth-message");
        message.setWrapText(true);
        message.textProperty().bind(s.messageProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("Negatives"), negatives);
        grid.addRow(1, label("Voices of the keyword"), perWord);
        grid.addRow(2, label("Voices per negative"), perUnknown);
        return new VBox(10, section("Generate voices and negatives"), hint("espeak-ng speaks the keyword in many voices, rates and "
                + "pitches, and the look-alike words below as the 'unknown' class; background noise files are added."),
                grid, tts, new HBox(8, generate, cancel, bar), message);
    }

    static Node search(WizardViewModel vm) {
        Label summary = new Label();
        summary.setId("wizard-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.createStringBinding(() -> "Data set: " + vm.synthesis().datasetProperty().get()
                + "\nTarget word: " + vm.keyword() + "\nBudgets: a quarter of the board's usable SRAM and flash, "
                + (int) WizardViewModel.LATENCY_MS + " ms per inference (change them on the Space & budgets page).",
                vm.synthesis().datasetProperty(), vm.nameProperty()));
        Button go = new Button("Go to search ▶");
        go.setId("wizard-go-search");
        go.setOnAction(e -> vm.goToSearch());
        return new VBox(10, section("Search for a model"), summary, go);
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int value) {
        Spinner<Integer> s = new Spinner<>(min, max, value);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(90);
        return s;
    }

    /** A form label that never truncates. */
    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }
}
