package dev.dartboard.ui.wizard;

import dev.dartboard.audio.tts.Confusables;
import dev.dartboard.audio.tts.SynthMix;
import dev.dartboard.audio.tts.SynthSpec;
import dev.dartboard.task.BackgroundTask;
import dev.dartboard.task.ErrorText;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import javafx.beans.property.*;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The wizard's "Generate" step: TTS positives of the keyword and TTS negatives (confusable words) into a
 * new GSC-layout folder, then the user's takes copied in, as one cancellable background task with progress
 * ({@link SynthesisRun}). Threading: FX thread only.
 */
public final class SynthesisModel {
    private final DatasetSynth synth;
    private final Confusables confusables;
    private final SynthesisRun worker;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final StringProperty negatives = new SimpleStringProperty("");
    /**
     * Takes of the keyword: a detector of two names on held-out voices found marvin in 83.3% of clips with 300 takes a
     * name and 89.5% with 600 (DS-CNN-S, three seeds; other words rejected 93.7 → 95.8%; docs/generalisation.md).
     */
    static final int DEFAULT_PER_WORD = 600;
    private final IntegerProperty perWord = new SimpleIntegerProperty(DEFAULT_PER_WORD);
    private final IntegerProperty perUnknown = new SimpleIntegerProperty(6);   // × 150 words: 900 clips
    private final DoubleProperty noiseSeconds = new SimpleDoubleProperty(10);
    private final ReadOnlyStringWrapper ttsProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> dataset = new ReadOnlyObjectWrapper<>();
    private BackgroundTask<Path> task;

    public SynthesisModel(DatasetSynth synth, Confusables confusables, TakeFiles takes, TaskExecutor executor, StatusModel status) {
        this.synth = synth;
        this.confusables = confusables;
        this.worker = new SynthesisRun(synth, takes, executor.callbacks(), progress::set, message::set);
        this.executor = executor;
        this.status = status;
    }

    /** The negative words, comma-separated (editable). */
    public StringProperty negativesProperty() { return negatives; }
    public IntegerProperty perWordProperty() { return perWord; }
    public IntegerProperty perUnknownProperty() { return perUnknown; }
    /** Length of each background-noise file, seconds. */
    public DoubleProperty noiseSecondsProperty() { return noiseSeconds; }
    /** "" when the synthesizer is installed, else the install hint. */
    public ReadOnlyStringProperty ttsProblemProperty() { return ttsProblem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** The generated data set folder; null until a run succeeded. */
    public ReadOnlyObjectProperty<Path> datasetProperty() { return dataset.getReadOnlyProperty(); }

    /** Other words the wizard suggests for one name, and how many of them are its confusables. */
    static final int SUGGESTED_NEGATIVES = 150, SUGGESTED_CONFUSABLES = 10;

    /**
     * Fills the negatives with an unknown class sized for detection ({@link Confusables#negatives}, as {@code dataset
     * synth --negatives}): {@value #SUGGESTED_CONFUSABLES} confusables of {@code keyword} (no first-vowel changes),
     * then common words up to {@value #SUGGESTED_NEGATIVES}. Many words with few clips each teach "not my word"
     * better than a few words with many (docs/generalisation.md).
     */
    public void suggest(String keyword) {
        negatives.set(String.join(", ", confusables.negatives(List.of(keyword), List.of(), SUGGESTED_NEGATIVES, SUGGESTED_CONFUSABLES, 1)));
    }

    /** Checks for espeak-ng in the background; the answer lands in {@link #ttsProblemProperty()}. */
    public void checkTts() {
        executor.run("Check espeak-ng", ctx -> { synth.requireInstalled(); return ""; }, new dev.dartboard.task.TaskListener<String>() {
            @Override public void succeeded(String ok) { ttsProblem.set(""); }
            @Override public void failed(Throwable e) { ttsProblem.set(ErrorText.of(e)); }
        });
    }

    /** The negatives as a list (blank entries dropped). */
    public List<String> negativeWords() {
        return Arrays.stream(negatives.get().split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }

    /** Generates {@code <parent>/<keyword>-data} (or -2, -3… when taken) with the takes of {@code takesDir}. */
    public void generate(String keyword, Path parent, Path takesDir) {
        if (running.get()) return;
        SynthSpec spec;
        try {
            spec = new SynthSpec(SynthesisRun.free(parent, keyword + "-data"), List.of(keyword), negativeWords(), perWord.get(), perUnknown.get(),
                    1, TakeFiles.RATE, 1000, noiseSeconds.get(), SynthMix.standard());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        running.set(true);
        dataset.set(null);
        message.set("Speaking " + keyword + " and " + spec.unknown().size() + " negatives…");
        task = new BackgroundTask<>("Generate", ctx -> worker.run(spec, takesDir, ctx), status.track("Generate", dataset::set,
                () -> { running.set(false); progress.set(0); task = null; }));
        executor.execute(task);
    }

    public void cancel() { if (task != null) task.cancel(); }
}
