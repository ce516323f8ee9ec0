package dev.dartboard.ui.data;

import dev.dartboard.audio.PcmClip;

/** Plays a clip to the default audio output; blocks until it ends. Called on a worker thread. */
@FunctionalInterface
public interface ClipPlayer {
    /** @throws Exception with a readable message when no output device can play it */
    void play(PcmClip clip) throws Exception;
}
