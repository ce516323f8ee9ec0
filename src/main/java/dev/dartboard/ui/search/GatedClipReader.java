package dev.dartboard.ui.search;

import dev.dartboard.audio.WavReader;
import dev.dartboard.data.ClipReader;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A {@link ClipReader} that passes a run's {@link PauseGate} before every read, so Pause and Cancel act
 * while the search featurizes its data (before the first step): a cancel throws {@link PauseGate.Stopped},
 * which is not an IOException, so the feature cache aborts its build instead of rejecting the file.
 * Thread-safe if {@code reader} is.
 */
public final class GatedClipReader implements ClipReader {
    private final ClipReader reader;
    private final PauseGate gate;

    public GatedClipReader(ClipReader reader, PauseGate gate) {
        this.reader = reader;
        this.gate = gate;
    }

    @Override
    public WavReader.Result read(Path file, int targetRate) throws IOException {
        gate.await();
        return reader.read(file, targetRate);
    }
}
