package dev.dartboard.ui.wizard;

import dev.dartboard.audio.PcmClip;
import dev.dartboard.audio.WavReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The user's takes of a keyword on disk: {@code <takes folder>/<keyword>/*.wav} (the Record components
 * save {@code <speaker>_nohash_<n>.wav} there, recorded or imported, at 16 kHz), copied into the generated data set's
 * keyword folder. Worker thread; stateless.
 */
public final class TakeFiles {
    static final int RATE = 16000;
    private final WavReader reader;

    public TakeFiles(WavReader reader) {
        this.reader = reader;
    }

    /** The .wav files in {@code dir}, by name; empty when it does not exist. */
    public List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".wav")).sorted().toList();
        }
    }

    /** Reads {@code wav} (any rate WavReader takes) as a clip at 16 kHz, as a take is saved. */
    public PcmClip read(Path wav) throws IOException {
        return reader.read(wav, RATE).clip();
    }

    /** Copies every take of {@code from} into {@code to} (names kept); returns how many. */
    public int copyAll(Path from, Path to) throws IOException {
        List<Path> takes = list(from);
        Files.createDirectories(to);
        for (Path t : takes) Files.copy(t, to.resolve(t.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        return takes.size();
    }
}
