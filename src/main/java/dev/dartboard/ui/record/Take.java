package dev.dartboard.ui.record;

import dev.dartboard.audio.PcmClip;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One recorded, trimmed take awaiting keep/discard. The clip is immutable; {@code keep} is FX-thread state. */
public final class Take {
    private final int number;
    private final PcmClip clip;
    private final BooleanProperty keep = new SimpleBooleanProperty(true);

    Take(int number, PcmClip clip) {
        this.number = number;
        this.clip = clip;
    }

    public int number() { return number; }

    public PcmClip clip() { return clip; }

    /** Kept takes are written by "Save kept takes"; discarded ones are dropped. */
    public BooleanProperty keepProperty() { return keep; }

    /** e.g. "Take 2 — 640 ms" or "Take 3 — silent" when trimming left nothing. */
    @Override
    public String toString() {
        return "Take " + number + " — " + (clip.samples().length == 0 ? "silent (nothing above the threshold)"
                : Math.round(clip.durationMs()) + " ms");
    }
}
