package dev.dartboard.ui.search;

import dev.dartboard.ui.common.FileDialogs;
import dev.dartboard.ui.space.FeasibilityBanner;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.converter.LongStringConverter;

/** The Search page's top rows: epochs, front ends, seed, Start/Pause/Resume/Cancel, and the run folder Resume continues. Builds and binds only. */
public final class SearchControls {
    private SearchControls() { }

    static Node build(SearchViewModel vm, FileDialogs dialogs) {
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(16, 6, knobs(vm.settings()), commands(vm));
        return new VBox(6, top, FeasibilityBanner.build(vm.feasibilityProperty()), runRow(vm, dialogs));
    }

    private static Node knobs(SearchSettingsModel s) {
        Spinner<Integer> epochs = spinner("epochs", 1, 100, s.epochsProperty());
        Spinner<Integer> configs = spinner("configs", 1, 16, s.configsProperty());
        TextField seed = new TextField();
        seed.setId("seed");
        seed.setPrefColumnCount(6);
        TextFormatter<Long> fmt = new TextFormatter<>(new LongStringConverter(), s.seedProperty().get());
        seed.setTextFormatter(fmt);
        fmt.valueProperty().addListener((o, a, v) -> { if (v != null) s.seedProperty().set(v); });
        s.seedProperty().addListener((o, a, v) -> fmt.setValue(v.longValue()));
        return new HBox(8, new Label("Epochs"), epochs, new Label("Front ends"), configs, new Label("Seed"), seed);
    }

    private static Node commands(SearchViewModel vm) {
        Button start = button("Start", "start-search", "A new search in a new run folder", vm::start);
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.runningProperty().or(Bindings.createBooleanBinding(() -> !vm.feasibilityProperty().get().ok(),
                vm.feasibilityProperty())));
        vm.feasibilityProperty().addListener((o, a, v) -> start.getTooltip().setText(v.ok() ? "A new search in a new run folder" : v.problem()));
        Button pause = button("Pause", "pause-search", "Holds the search before its next step; nothing is lost", vm::pause);
        pause.disableProperty().bind(vm.runningProperty().not().or(vm.pausedProperty()));
        Button resume = button("Resume", "resume-search",
                "Continues a paused search, or the run folder's unfinished search from its last saved epoch", vm::resume);
        resume.disableProperty().bind(vm.pausedProperty().not().and(vm.resumableProperty().not()));
        Button cancel = button("Cancel", "cancel-search", "Stops the search; a run with a saved epoch can be resumed later", vm::cancel);
        cancel.disableProperty().bind(vm.runningProperty().not());
        return new HBox(8, start, pause, resume, cancel);
    }

    private static Node runRow(SearchViewModel vm, FileDialogs dialogs) {
        Label run = new Label();
        run.setId("run-folder");
        // a long path wraps at its separators (a zero-width space after each) instead of being cut to "…"
        run.textProperty().bind(Bindings.createStringBinding(() -> vm.runFolderProperty().get() == null ? "Run folder: none yet"
                : "Run folder: " + vm.runFolderProperty().get().toString().replace(java.io.File.separator, java.io.File.separator + "\u200B"),
                vm.runFolderProperty()));
        run.setWrapText(true);
        run.setMinWidth(0);
        run.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(run, javafx.scene.layout.Priority.ALWAYS);
        Button choose = button("Choose run…", "choose-run", "Pick an earlier run folder (runs/search-…) to resume",
                () -> dialogs.chooseFolder("Search run to resume").ifPresent(vm.runFolderProperty()::set));
        choose.disableProperty().bind(vm.runningProperty());
        return new HBox(8, choose, run);
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);   // a button keeps its whole label in a narrow window
        return b;
    }

    /** A spinner that edits {@code value} and shows its changes from elsewhere (tests, demos). */
    private static Spinner<Integer> spinner(String id, int min, int max, IntegerProperty value) {
        Spinner<Integer> s = new Spinner<>(min, max, value.get());
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(80);
        s.getValueFactory().valueProperty().addListener((o, a, v) -> { if (v != null) value.set(v); });
        value.addListener((o, a, v) -> s.getValueFactory().setValue(v.intValue()));
        return s;
    }
}
