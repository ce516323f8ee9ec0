package dev.dartboard.ui.data;

import dev.dartboard.audio.PcmClip;
import dev.dartboard.audio.WavReader;
import dev.dartboard.data.ClipRef;
import dev.dartboard.features.FeatureExtractor;
import dev.dartboard.model.DataConfig;
import dev.dartboard.task.BackgroundTask;
import dev.dartboard.task.ErrorText;
import dev.dartboard.task.TaskListener;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;

/**
 * The clip viewer: reads the selected clip at the front end's rate and computes its features,
 * again whenever the clip or the (valid) front end changes; plays it on request. Only the latest
 * request's picture is shown. Threading: FX thread; reading, features and playback run on the executor.
 */
public final class ClipViewModel {
    private final DataViewModel data;
    private final FrontEndForm form;
    private final WavReader reader;
    private final ClipPlayer player;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final ReadOnlyObjectWrapper<ClipPicture> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper playback = new ReadOnlyStringWrapper("");
    private BackgroundTask<ClipPicture> pending;

    public ClipViewModel(DataViewModel data, FrontEndForm form, WavReader reader, ClipPlayer player,
                         TaskExecutor executor, StatusModel status) {
        this.data = data;
        this.form = form;
        this.reader = reader;
        this.player = player;
        this.executor = executor;
        this.status = status;
        data.selectedClipProperty().addListener(o -> { playback.set(""); redraw(); });
        form.configProperty().addListener(o -> redraw());
    }

    /** The latest picture; null while no clip is selected. */
    public ReadOnlyObjectProperty<ClipPicture> pictureProperty() { return picture.getReadOnlyProperty(); }

    /** "playing …", "" when idle, or why playback failed (e.g. no audio output). */
    public ReadOnlyStringProperty playbackProperty() { return playback.getReadOnlyProperty(); }

    public void redraw() {
        ClipRef ref = data.selectedClipProperty().get();
        Path root = data.rootProperty().get();
        if (pending != null) pending.cancel();
        if (ref == null || root == null) { picture.set(null); return; }
        DataConfig cfg = form.configProperty().get();
        Path file = root.resolve(ref.relPath());
        pending = executor.run("Clip", ctx -> {
            PcmClip clip = reader.read(file, cfg.sampleRate()).clip();
            ctx.checkCancelled();
            float[][] f = new FeatureExtractor(cfg).extract(clip.fitTo(cfg.clipSamples()).samples());
            return new ClipPicture(ref.relPath(), clip, f, cfg);
        }, status.quiet("Clip " + ref.relPath(), picture::set));
    }

    /** Plays the shown clip; a machine without audio output gets a readable message. */
    public void play() {
        ClipPicture p = picture.get();
        if (p == null) return;
        playback.set("playing " + p.name());
        executor.run("Play", ctx -> { player.play(p.clip()); return p.name(); }, new TaskListener<>() {
            @Override public void succeeded(String name) { playback.set(""); }
            @Override public void failed(Throwable e) { playback.set("Cannot play: " + ErrorText.of(e)); }
        });
    }
}
