package dev.dartboard.data;

import dev.dartboard.audio.WavReader;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one audio file at a rate (the role of {@link WavReader#read}; fakes in tests). Implementations
 * must be thread-safe: checks and cache builds call them from several threads. Any IOException is a
 * rejection of that file, its message the reason.
 */
@FunctionalInterface
public interface ClipReader {
    WavReader.Result read(Path file, int targetRate) throws IOException;

    /** The production reader. */
    static ClipReader wav(WavReader reader) {
        return reader::read;
    }
}
