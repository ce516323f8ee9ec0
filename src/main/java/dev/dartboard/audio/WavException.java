package dev.dartboard.audio;

import java.io.IOException;
import java.nio.file.Path;

/** A WAV file that cannot be read; the message names the file and the reason. */
public class WavException extends IOException {
    private final transient Path file;
    private final String reason;

    public WavException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    /** The offending file. */
    public Path file() { return file; }

    /** Why it was refused, without the file name (e.g. "not a RIFF/WAVE file"). */
    public String reason() { return reason; }
}
