package dev.dartboard.ui.record;

import dev.dartboard.audio.PcmClip;
import dev.dartboard.audio.WavWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes takes as GSC-style files {@code <folder>/<word>/<speaker>_nohash_<n>.wav}, numbering on
 * from the highest n of that speaker already there (nothing is overwritten). Worker thread.
 */
final class TakeSaver {
    private final WavWriter writer;

    TakeSaver(WavWriter writer) { this.writer = writer; }

    List<Path> save(Path dataFolder, String word, String speaker, List<PcmClip> clips) throws IOException {
        Path dir = Files.createDirectories(dataFolder.resolve(word));
        int n = nextNumber(dir, speaker);
        List<Path> written = new ArrayList<>();
        for (PcmClip clip : clips) {
            Path file = dir.resolve(speaker + "_nohash_" + n++ + ".wav");
            writer.write(file, clip);
            written.add(file);
        }
        return written;
    }

    private static int nextNumber(Path dir, String speaker) throws IOException {
        String prefix = speaker + "_nohash_";
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.startsWith(prefix) && f.endsWith(".wav"))
                    .mapToInt(f -> parse(f.substring(prefix.length(), f.length() - 4)))
                    .max().orElse(-1) + 1;
        }
    }

    private static int parse(String s) {
        try { return Integer.parseInt(s); } catch (NumberFormatException e) { return -1; }
    }
}
