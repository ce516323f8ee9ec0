package dev.dartboard.ui.record;

import dev.dartboard.audio.PcmClip;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One recorded or imported take, trimmed, awaiting keep/discard. The clip is immutable; {@code keep} is FX-thread
 * state.
 */
public final class Take {
    private final int number;
    private final PcmClip clip;
    private final String source;
    private final BooleanProperty keep = new SimpleBooleanProperty(true);

    /** A take from the microphone. */
    Take(int number, PcmClip clip) {
        this(number, clip, "");
    }

    /** @param source the imported file's name; "" for a take from the microphone */
    Take(int number, PcmClip clip, String source) {
        this.number = number;
        this.clip = clip;
        this.source = source;
    }

    public int number() { return number; }

    public PcmClip clip() { return clip; }

    /** The file an imported take was read from; "" for a recorded one. */
    public String source() { return source; }

    /** Kept takes are written by "Save kept takes"; discarded ones are dropped. */
    public BooleanProperty keepProperty() { return keep; }

    /** e.g. "Take 2 — 640 ms", "Take 3 — silent…" when trimming left nothing, "Take 4 — 600 ms — from mine.wav". */
    @Override
    public String toString() {
        return "Take " + number + " — " + (clip.samples().length == 0 ? "silent (nothing above the threshold)"
                : Math.round(clip.durationMs()) + " ms") + (source.isEmpty() ? "" : " — from " + source);
    }
}
