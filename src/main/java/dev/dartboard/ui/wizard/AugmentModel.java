package dev.dartboard.ui.wizard;

import dev.dartboard.audio.AudioEffects;
import dev.dartboard.audio.AugmentSpec;
import dev.dartboard.audio.Augmenter;
import dev.dartboard.audio.PcmClip;
import dev.dartboard.audio.Resampler;
import dev.dartboard.audio.WavReader;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.data.ClipPlayer;
import javafx.beans.property.*;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The wizard's augmentation preview: a keyword clip of the generated set, and the same clip through
 * {@link Augmenter} (speed, pitch, gain, shift, the set's background noise) for draw 1, 2, 3…; both
 * playable. Threading: FX thread; reading and playing run on the executor.
 */
public final class AugmentModel {
    /** The preview's ranges: ±100 ms shift, 80% noisy at 5–20 dB SNR, ±6 dB, speed 0.9–1.1, ±2 semitones. */
    public static final AugmentSpec PREVIEW = new AugmentSpec(100, 0.8, 5, 20, -6, 6, 0.9, 1.1, 2);
    private final WavReader reader;
    private final TakeFiles files;
    private final ClipPlayer player;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final ObservableList<Path> clips = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PcmClip> original = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PcmClip> augmented = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper drawText = new ReadOnlyStringWrapper("");
    private Augmenter augmenter;
    private long draw;

    public AugmentModel(WavReader reader, TakeFiles files, ClipPlayer player, TaskExecutor executor, StatusModel status) {
        this.reader = reader;
        this.files = files;
        this.player = player;
        this.executor = executor;
        this.status = status;
    }

    /** The keyword's clips in the set, the user's takes first. */
    public ObservableList<Path> clips() { return clips; }
    public ReadOnlyObjectProperty<PcmClip> originalProperty() { return original.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<PcmClip> augmentedProperty() { return augmented.getReadOnlyProperty(); }
    /** The drawn parameters in words, e.g. "draw 2: speed 1.04, pitch −1.2 st, gain +3.1 dB, shift 40 ms, noise 2 at 12 dB". */
    public ReadOnlyStringProperty drawTextProperty() { return drawText.getReadOnlyProperty(); }

    /** Lists the clips of {@code keyword} in {@code dataset}, reads its background noises and shows the first clip. */
    public void load(Path dataset, String keyword) {
        executor.run("Augmentation preview", ctx -> {
            List<Path> all = new ArrayList<>(files.list(dataset.resolve(keyword)));
            all.sort((a, b) -> Boolean.compare(synthetic(a), synthetic(b)));
            List<PcmClip> noise = new ArrayList<>();
            for (Path n : files.list(dataset.resolve("_background_noise_"))) noise.add(reader.read(n, TakeFiles.RATE).clip());
            return new Loaded(all.subList(0, Math.min(all.size(), 30)), new Augmenter(7, PREVIEW, noise, new AudioEffects(new Resampler())));
        }, status.track("Augmentation preview", l -> {
            augmenter = l.augmenter();
            clips.setAll(l.clips());
            if (!clips.isEmpty()) select(clips.get(0));
        }));
    }

    /** Shows {@code clip} and its first augmentation. */
    public void select(Path clip) {
        if (clip == null || augmenter == null) return;
        executor.run("Read clip", ctx -> reader.read(clip, TakeFiles.RATE).clip(), status.track("Read clip", c -> {
            original.set(c);
            draw = 0;
            next();
        }));
    }

    /** The next draw of augmentation parameters on the same clip. */
    public void next() {
        if (original.get() == null) return;
        draw++;
        Augmenter.Draw d = augmenter.draw(draw);
        augmented.set(augmenter.augment(original.get(), draw));
        drawText.set(String.format(Locale.ROOT, "draw %d: speed %.2f, pitch %+.1f st, gain %+.1f dB, shift %.0f ms, %s", draw, d.speed(),
                d.pitchSemitones(), d.gainDb(), d.shiftMs(), d.background() < 0 ? "no noise" : String.format(Locale.ROOT, "noise %d at %.0f dB SNR", d.background(), d.snrDb())));
    }

    /** Plays the original ({@code false}) or the augmented clip. */
    public void play(boolean augmentedClip) {
        PcmClip c = augmentedClip ? augmented.get() : original.get();
        if (c != null) executor.run("Play", ctx -> { player.play(c); return null; }, status.track("Play", v -> { }));
    }

    /** The synthesizer names speakers by 8 hex digits; the user's takes are studio_/imported_. */
    private static boolean synthetic(Path p) { return p.getFileName().toString().matches("[0-9a-f]{8}_nohash_.*"); }

    private record Loaded(List<Path> clips, Augmenter augmenter) { }
}
