package dev.dartboard.ui.wizard;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The wizard's Generate step: negatives, clip counts, the espeak-ng check, Generate/Cancel with progress. Builds and binds only. */
final class SynthesisPane {
    private SynthesisPane() { }

    static Node build(WizardViewModel vm) {
        SynthesisModel s = vm.synthesis();
        TextField negatives = WizardSteps.field("wizard-negatives", "comma-separated words");
        negatives.textProperty().bindBidirectional(s.negativesProperty());
        negatives.setPrefColumnCount(50);
        Spinner<Integer> perWord = WizardSteps.spinner("wizard-per-word", 1, 2000, s.perWordProperty().get());
        perWord.valueProperty().addListener((o, a, v) -> s.perWordProperty().set(v));
        Spinner<Integer> perUnknown = WizardSteps.spinner("wizard-per-unknown", 0, 200, s.perUnknownProperty().get());
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
        grid.addRow(0, WizardSteps.label("Negatives"), negatives);
        grid.addRow(1, WizardSteps.label("Voices of the keyword"), perWord);
        grid.addRow(2, WizardSteps.label("Voices per negative"), perUnknown);
        return new VBox(10, WizardSteps.section("Generate voices and negatives"), WizardSteps.hint("espeak-ng speaks the keyword in many voices, rates and "
                + "pitches, and the look-alike words below as the 'unknown' class; background noise files are added."),
                grid, tts, new HBox(8, generate, cancel, bar), message, WizardSteps.splitBanner(vm, "wizard-split-warning"));
    }
}
