package dev.dartboard.ui.wizard;

import dev.dartboard.model.BoardProfile;
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
import java.util.List;

/**
 * The custom-keyword wizard: name → record takes (the Record page's components, saving into
 * {@code <folder>/<name>-takes/}) → generate TTS positives and confusable negatives ({@link SynthesisModel})
 * → preview augmentations ({@link AugmentModel}) → "Go to search": the project's data folder, target word
 * and budgets (a quarter of the board's usable SRAM and flash, 300 ms) are set and the Search page opens.
 * Back/Next move between steps; Next is enabled once the step is complete. Threading: FX thread only.
 */
public final class WizardViewModel {
    /** Latency budget the wizard sets, ms. */
    static final double LATENCY_MS = 300;
    private final Workspace workspace;
    private final Workspace takesSpace;
    private final RecordViewModel recorder;
    private final SynthesisModel synthesis;
    private final AugmentModel augment;
    private final TakeFiles files;
    private final BoardProfiles boards;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final Runnable toSearch;
    private final ReadOnlyObjectWrapper<WizardStep> step = new ReadOnlyObjectWrapper<>(WizardStep.NAME);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty folder = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper takes = new ReadOnlyIntegerWrapper();
    private final StringBinding nameProblem = Bindings.createStringBinding(() -> KeywordName.problem(name.get()), name);
    private final BooleanBinding canNext;
    /** The keyword the negatives were suggested for. */
    private String suggestedFor;

    /**
     * @param takesSpace the recorder's own workspace (its data folder is pointed at the takes folder)
     * @param toSearch   opens the Search page
     */
    public WizardViewModel(Workspace workspace, Workspace takesSpace, RecordViewModel recorder, SynthesisModel synthesis,
                           AugmentModel augment, TakeFiles files, BoardProfiles boards, TaskExecutor executor, StatusModel status,
                           Runnable toSearch) {
        this.workspace = workspace;
        this.takesSpace = takesSpace;
        this.recorder = recorder;
        this.synthesis = synthesis;
        this.augment = augment;
        this.files = files;
        this.boards = boards;
        this.executor = executor;
        this.status = status;
        this.toSearch = toSearch;
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
    public ReadOnlyIntegerProperty takesProperty() { return takes.getReadOnlyProperty(); }
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
    public void importTake(Path wav) {
        Path dir = takesFolder().resolve(keyword());
        executor.run("Import take", ctx -> files.importWav(wav, dir), status.track("Import take", p -> countTakes()));
    }

    /** Starts generating the set (step 3). */
    public void generate() { synthesis.generate(keyword(), Path.of(folder.get().strip()), takesFolder().resolve(keyword())); }

    /** Points the project at the generated set with budgets for the board, then opens the Search page. */
    public void goToSearch() {
        Path data = synthesis.datasetProperty().get();
        if (data == null) return;
        String board = workspace.project().budget().board();
        executor.run("Budgets", ctx -> boards.load(board), status.track("Budgets", (BoardProfile b) -> {
            workspace.update(p -> p.withDataFolder(data.toString()).withTargetWords(List.of(keyword()))
                    .withBudget(p.budget().withLimits(b.usableSram() / 4, b.usableFlash() / 4, LATENCY_MS))
                    .withName(p.name().isBlank() || p.name().equals("Untitled") ? keyword() : p.name()));
            status.info("Data set " + data + " with target '" + keyword() + "': ready to search");
            toSearch.run();
        }));
    }

    private void enter(WizardStep s) {
        switch (s) {
            case RECORD -> {
                takesSpace.update(p -> p.withDataFolder(takesFolder().toString()));
                recorder.wordProperty().set(keyword());
                countTakes();
            }
            case SYNTHESIZE -> {
                if (!keyword().equals(suggestedFor)) synthesis.suggest(keyword());   // the user's edits stay while the name does
                suggestedFor = keyword();
                synthesis.checkTts();
            }
            case AUGMENT -> augment.load(synthesis.datasetProperty().get(), keyword());
            default -> { }
        }
        step.set(s);
    }

    private void countTakes() {
        Path dir = takesFolder().resolve(keyword());
        executor.run("Count takes", ctx -> files.list(dir).size(), status.track("Count takes", takes::set));
    }

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
