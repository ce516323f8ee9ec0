package dev.dartboard.ui.wizard;

import dev.dartboard.data.DatasetScanner;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;
import dev.dartboard.ui.record.RecordViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.*;

import java.nio.file.Path;
import java.util.List;

/**
 * The custom-keyword wizard: name → record takes (the Record page's components, saving into
 * {@code <folder>/<name>-takes/}) → generate TTS positives and confusable negatives ({@link SynthesisModel})
 * → preview augmentations ({@link AugmentModel}) → "Go to search" ({@link SearchHandoff}): the project's data
 * folder and target word are set, its board and budgets kept and shown, and the Search page opens.
 * Imported WAVs join the recorder's takes list; leaving the Record step saves the takes still ticked "keep", so
 * none is left behind. A generated set whose validation or test split holds too few clips to measure on gets a
 * warning ({@link SplitCheck}).
 * Back/Next move between steps; Next is enabled once the step is complete. Threading: FX thread only.
 */
public final class WizardViewModel {
    private final RecordViewModel recorder;
    private final SynthesisModel synthesis;
    private final AugmentModel augment;
    private final TakeCount takes;
    private final StepEntry entry;
    private final SearchHandoff handoff;
    private final TakeFiles files;
    private final SplitWarning splitWarning;
    private final ReadOnlyObjectWrapper<WizardStep> step = new ReadOnlyObjectWrapper<>(WizardStep.NAME);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringBinding nameProblem = Bindings.createStringBinding(() -> KeywordName.problem(name.get()), name);
    private final BooleanBinding canNext;
    private final StringBinding budgets;

    /**
     * @param takesSpace the recorder's own workspace (its data folder is pointed at the takes folder)
     * @param scanner    the studio's data set scanner (the splits the search and training use)
     * @param toSearch   opens the Search page
     */
    public WizardViewModel(Workspace workspace, Workspace takesSpace, RecordViewModel recorder, SynthesisModel synthesis,
                           AugmentModel augment, TakeFiles files, DatasetScanner scanner, TaskExecutor executor, StatusModel status,
                           Runnable toSearch) {
        this.files = files;
        this.recorder = recorder;
        this.synthesis = synthesis;
        this.augment = augment;
        this.takes = new TakeCount(files, executor, status);
        this.entry = new StepEntry(takesSpace, recorder, synthesis, augment, takes);
        this.handoff = new SearchHandoff(workspace, status, toSearch);
        this.splitWarning = new SplitWarning(scanner, executor, status);
        budgets = Bindings.createStringBinding(() -> SearchHandoff.budgets(workspace.project().budget()), workspace.projectProperty());
        synthesis.datasetProperty().addListener((o, a, data) -> splitWarning.check(data, keyword()));
        canNext = Bindings.createBooleanBinding(this::stepDone, step, name, folder, synthesis.datasetProperty(), synthesis.runningProperty());
        recorder.takes().addListener((javafx.collections.ListChangeListener<Object>) c -> { if (recorder.takes().isEmpty()) countTakes(); });
    }

    public ReadOnlyObjectProperty<WizardStep> stepProperty() { return step.getReadOnlyProperty(); }
    /** The keyword as typed. */
    public StringProperty nameProperty() { return name; }
    /** Where the takes and the generated set are created. */
    public StringProperty folderProperty() { return folder; }
    /** "" or what is wrong with the name. */
    public StringBinding nameProblemProperty() { return nameProblem; }
    /** Takes of the keyword saved so far. */
    public ReadOnlyIntegerProperty takesProperty() { return takes.takesProperty(); }
    public BooleanBinding canNextProperty() { return canNext; }
    /** The project's board and budgets, which the search will use (the wizard does not change them). */
    public StringBinding budgetsProperty() { return budgets; }
    /** "" or why the generated set's validation/test accuracies would mean little, and what to do. */
    public ReadOnlyStringProperty splitWarningProperty() { return splitWarning.textProperty(); }
    public RecordViewModel recorder() { return recorder; }
    public SynthesisModel synthesis() { return synthesis; }
    public AugmentModel augment() { return augment; }

    public String keyword() { return KeywordName.normalize(name.get()); }

    /** {@code <folder>/<keyword>-takes}. */
    public Path takesFolder() { return Path.of(folder.get().strip()).resolve(keyword() + "-takes"); }

    public void next() {
        if (!canNext.get() || step.get() == WizardStep.SEARCH) return;
        if (step.get() == WizardStep.RECORD && recorder.hasKeptTakes()) recorder.saveKept();
        enter(WizardStep.values()[step.get().ordinal() + 1]);
    }

    public void back() {
        if (step.get() != WizardStep.NAME && !synthesis.runningProperty().get()) step.set(WizardStep.values()[step.get().ordinal() - 1]);
    }

    /** Adds WAV files to the takes list (as recorded takes are: trimmed, ticked "keep", saved with them). */
    public void importTakes(List<Path> wavs) { recorder.importTakes(wavs, files::read); }

    /** Starts generating the set (step 3). */
    public void generate() { synthesis.generate(keyword(), Path.of(folder.get().strip()), takesFolder().resolve(keyword())); }

    /** Points the project at the generated set (its budgets kept), then opens the Search page. */
    public void goToSearch() {
        Path data = synthesis.datasetProperty().get();
        if (data != null) handoff.go(data, keyword());
    }

    private void enter(WizardStep s) {
        entry.enter(s, keyword(), takesFolder());
        step.set(s);
    }

    private void countTakes() { takes.count(takesFolder().resolve(keyword())); }

    private boolean stepDone() {
        return switch (step.get()) {
            case NAME -> KeywordName.problem(name.get()).isEmpty() && !folder.get().isBlank();
            case RECORD, AUGMENT -> true;
            case SYNTHESIZE -> synthesis.datasetProperty().get() != null && !synthesis.runningProperty().get()
                    && synthesis.datasetProperty().get().getFileName().toString().startsWith(keyword() + "-data");
            case SEARCH -> false;
        };
    }
}
