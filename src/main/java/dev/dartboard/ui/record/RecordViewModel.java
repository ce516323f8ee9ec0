package dev.dartboard.ui.record;

import dev.dartboard.audio.AudioSource;
import dev.dartboard.audio.LevelMeter;
import dev.dartboard.audio.PcmClip;
import dev.dartboard.audio.SilenceTrimmer;
import dev.dartboard.task.BackgroundTask;
import dev.dartboard.task.ErrorText;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.task.TaskListener;
import dev.dartboard.ui.project.Workspace;
import javafx.beans.property.*;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Record page: N takes of a word with count-in and live level, silence trimmed, each kept or
 * discarded, kept ones saved as WAV under {@code <data folder>/<word>/}. Threading: FX thread;
 * capture and saving run on the executor, levels and takes arrive through its callback thread.
 */
public final class RecordViewModel {
    private final Workspace workspace;
    private final Supplier<AudioSource> sources;
    private final TakeRecorder recorder;
    private final SilenceTrimmer trimmer;
    private final TakeSaver saver;
    private final TaskExecutor executor;
    private final RecordPlan plan;
    private final Runnable onSaved;
    private final RecordForm form = new RecordForm();
    private final LiveLevel live = new LiveLevel();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty recording = new SimpleBooleanProperty();
    private final ObservableList<Take> takes = FXCollections.observableArrayList();
    private BackgroundTask<Integer> session;
    /** A save is running: its takes are still listed until it ends. */
    private boolean saving;

    /** @param onSaved runs on the FX thread after takes were written (the Data page reloads) */
    public RecordViewModel(Workspace workspace, Supplier<AudioSource> sources, LevelMeter meter, SilenceTrimmer trimmer,
                           dev.dartboard.audio.WavWriter writer, TaskExecutor executor, RecordPlan plan, Runnable onSaved) {
        this.workspace = workspace;
        this.sources = sources;
        this.recorder = new TakeRecorder(meter);
        this.trimmer = trimmer;
        this.saver = new TakeSaver(writer);
        this.executor = executor;
        this.plan = plan;
        this.onSaved = onSaved;
    }

    public StringProperty wordProperty() { return form.wordProperty(); }
    public StringProperty speakerProperty() { return form.speakerProperty(); }
    public IntegerProperty takeCountProperty() { return form.takeCountProperty(); }
    /** RMS level of the latest block, dBFS (floor −120). */
    public DoubleProperty levelDbfsProperty() { return live.levelDbfsProperty(); }
    /** "3", "2", "1" during the count-in, "Speak!" while recording, "" otherwise. */
    public StringProperty countInProperty() { return live.countInProperty(); }
    /** Validation problems, device errors (e.g. no microphone) and outcomes, as one line. */
    public StringProperty messageProperty() { return message; }
    public BooleanProperty recordingProperty() { return recording; }
    public ObservableList<Take> takes() { return takes; }

    /** Level as 0..1 for a meter bar: −60 dBFS and below is empty, 0 dBFS full. */
    public static double meterFraction(double dbfs) { return Math.max(0, Math.min(1, (dbfs + 60) / 60)); }

    public void record() {
        String problem = problem();
        if (problem != null) { message.set(problem); return; }
        int n = form.takeCountProperty().get(), base = takes.size();
        recording.set(true);
        message.set("Recording " + n + " takes of '" + form.word() + "'");
        session = executor.run("Record", ctx -> {
            for (int i = 1; i <= n; i++) {
                ctx.updateProgress((i - 1) / (double) n);
                PcmClip raw = recorder.record(sources.get(), plan, ctx, r -> executor.callbacks().execute(() -> live.show(r)));
                Take take = new Take(base + i, trimmer.trim(raw));
                executor.callbacks().execute(() -> { takes.add(take); live.takeEnded(); });
            }
            return n;
        }, outcome("Recorded %d takes: keep or discard each, then save."));
    }

    public void cancel() { if (session != null) session.cancel(); }

    /** Reads one WAV file as a mono clip at 16 kHz (a worker thread calls it). */
    @FunctionalInterface
    public interface ClipFile {
        PcmClip read(Path wav) throws IOException;
    }

    /**
     * Adds WAV files as takes: each is read by {@code reader}, silence-trimmed as a recorded take is, listed with
     * the recorded ones (numbered on, named after its file) and ticked "keep", so "Save kept takes" writes it like
     * any other take. A file that cannot be read is named in the message and the others are still added. Nothing
     * happens while recording. Reading runs on the executor.
     */
    public void importTakes(List<Path> wavs, ClipFile reader) {
        if (recording.get() || wavs.isEmpty()) return;
        List<Path> files = List.copyOf(wavs);
        executor.run("Import takes", ctx -> {
            List<Imported> read = new ArrayList<>();
            for (Path wav : files) {
                ctx.checkCancelled();
                String name = String.valueOf(wav.getFileName());
                try {
                    read.add(new Imported(name, trimmer.trim(reader.read(wav)), null));
                } catch (IOException | RuntimeException e) {
                    String why = ErrorText.of(e);
                    read.add(new Imported(name, null, why.contains(name) ? why : name + ": " + why));
                }
            }
            return read;
        }, new TaskListener<List<Imported>>() {
            @Override public void succeeded(List<Imported> read) { addImported(read); }
            @Override public void failed(Throwable e) { message.set(ErrorText.of(e)); }
        });
    }

    /** One imported file: its trimmed clip, or why it could not be read. */
    private record Imported(String name, PcmClip clip, String problem) { }

    private void addImported(List<Imported> read) {
        List<String> problems = new ArrayList<>();
        int added = 0;
        for (Imported i : read) {
            if (i.clip() == null) { problems.add(i.problem()); continue; }
            takes.add(new Take(takes.size() + 1, i.clip(), i.name()));
            added++;
        }
        String text = added == 0 ? "" : "Imported " + added + (added == 1 ? " take" : " takes") + ": keep or discard each, then save.";
        if (!problems.isEmpty()) text += (text.isEmpty() ? "" : " ") + "Not imported: " + String.join("; ", problems);
        message.set(text);
    }

    /** Whether a listed take is ticked "keep" and not yet saved. */
    public boolean hasKeptTakes() { return takes.stream().anyMatch(t -> t.keepProperty().get() && t.clip().samples().length > 0); }

    /** Writes the kept takes, drops the discarded ones; nothing while an earlier save still runs. */
    public void saveKept() {
        List<Take> kept = takes.stream().filter(t -> t.keepProperty().get() && t.clip().samples().length > 0).toList();
        String problem = problem();
        if (problem != null || kept.isEmpty()) { message.set(problem != null ? problem : "No kept take to save."); return; }
        if (saving) return;   // a second press (or the wizard's Next) while the first save runs would write them twice
        Path folder = Path.of(workspace.project().dataFolder());
        String w = form.word(), who = form.speaker();
        TaskListener<Integer> then = outcome("Saved %d takes to " + folder.resolve(w));
        saving = true;
        executor.run("Save takes", ctx -> saver.save(folder, w, who, kept.stream().map(Take::clip).toList()).size(),
                new TaskListener<>() {
                    @Override public void succeeded(Integer n) { saving = false; then.succeeded(n); }
                    @Override public void failed(Throwable e) { saving = false; then.failed(e); }
                    @Override public void cancelled() { saving = false; then.cancelled(); }
                });
    }

    private TaskListener<Integer> outcome(String format) {
        return new TaskListener<>() {
            @Override public void succeeded(Integer n) { done(String.format(format, n)); if (format.startsWith("Saved")) saved(); }
            @Override public void failed(Throwable e) { done(ErrorText.of(e)); }
            @Override public void cancelled() { done("Recording cancelled."); }
        };
    }

    private void done(String text) {
        recording.set(false);
        live.reset();
        message.set(text);
    }

    private void saved() {
        takes.clear();
        onSaved.run();
    }

    private String problem() { return form.problem(workspace.project().dataFolder()); }
}
