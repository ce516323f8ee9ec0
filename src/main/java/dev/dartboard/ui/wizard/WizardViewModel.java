package dev.dartboard.ui.wizard;

import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;
import dev.dartboard.ui.record.RecordViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.*;

import java.nio.file.Path;

/**
 * The custom-keyword wizard: name → record takes (the Record page's components, saving into
 * {@code <folder>/<name>-takes/}) → generate TTS positives and confusable negatives ({@link SynthesisModel})
 * → preview augmentations ({@link AugmentModel}) → "Go to search" ({@link SearchHandoff}): the project's data
 * folder, target word and budgets are set and the Search page opens.
 * Back/Next move between steps; Next is enabled once the step is complete. Threading: FX thread only.
 */
public final class WizardViewModel {
    private final RecordViewModel recorder;
    private final SynthesisModel synthesis;
    private final AugmentModel augment;
    private final TakeCount takes;
    private final StepEntry entry;
    private final SearchHandoff handoff;
    private final ReadOnlyObjectWrapper<WizardStep> step = new ReadOnlyObjectWrapper<>(WizardStep.NAME);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringBinding nameProblem = Bindings.createStringBinding(() -> KeywordName.problem(name.get()), name);
    private final BooleanBinding canNext;

    /**
     * @param takesSpace the recorder's own workspace (its data folder is pointed at the takes folder)
     * @param toSearch   opens the Search page
     */
    public WizardViewModel(Workspace workspace, Workspace takesSpace, RecordViewModel recorder, SynthesisModel synthesis,
                           AugmentModel augment, TakeFiles files, BoardProfiles boards, TaskExecutor executor, StatusModel status,
                           Runnable toSearch) {
        this.recorder = recorder;
        this.synthesis = synthesis;
        this.augment = augment;
        this.takes = new TakeCount(files, executor, status);
        this.entry = new StepEntry(takesSpace, recorder, synthesis, augment, takes);
        this.handoff = new SearchHandoff(workspace, boards, executor, status, toSearch);
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
    public RecordViewModel recorder() { return recorder; }
    public SynthesisModel synthesis() { return synthesis; }
    public AugmentModel augment() { return augment; }

    public String keyword() { return KeywordName.normalize(name.get()); }

    /** {@code <folder>/<keyword>-takes}. */
    public Path takesFolder() { return Path.of(folder.get().strip()).resolve(keyword() + "-takes"); }

    public void next() {
        if (!canNext.get() || step.get() == WizardStep.SEARCH) return;
        enter(WizardStep.values()[step.get().ordinal() + 1]);
    }

    public void back() {
        if (step.get() != WizardStep.NAME && !synthesis.runningProperty().get()) step.set(WizardStep.values()[step.get().ordinal() - 1]);
    }

    /** Imports a WAV file as a take. */
    public void importTake(Path wav) { takes.importWav(wav, takesFolder().resolve(keyword())); }

    /** Starts generating the set (step 3). */
    public void generate() { synthesis.generate(keyword(), Path.of(folder.get().strip()), takesFolder().resolve(keyword())); }

    /** Points the project at the generated set with budgets for the board, then opens the Search page. */
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
