package dev.dartboard.audio.tts;

import java.io.IOException;

/** espeak-ng is missing or failed; the message says how to install or what went wrong. */
public class TtsUnavailableException extends IOException {
    public TtsUnavailableException(String message) {
        super(message);
    }
}
