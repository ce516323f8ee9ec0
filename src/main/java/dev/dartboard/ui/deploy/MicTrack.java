package dev.dartboard.ui.deploy;

import dev.dartboard.audio.WavReader;
import dev.dartboard.audio.WavWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the board simulator's microphone plays on the Deploy page: up to {@code perWord} clips of each target word
 * of the project's data set ({@code DATA/<word>/*.wav}, in name order), taken in turns (yes, no, …, yes, no, …)
 * and written as {@code NNN_<word>_<file>.wav} into a fresh folder, which the simulator plays back to back in name
 * order. Every clip is written as 16-bit PCM mono at the flashed model's sample rate (read with {@link WavReader},
 * so resampled by the project's {@link dev.dartboard.audio.Resampler} when the data set's rate differs, and mixed
 * down to mono): the simulator listens only to audio at its model's rate, as the board's microphone records at it.
 * Stateless.
 */
public final class MicTrack {
    private MicTrack() { }

    /**
     * What to write: the clips of {@code words} from {@code data}, {@code perWord} each, at {@code rate} Hz, into {@code out}.
     * Immutable, so a worker can write it.
     */
    public record Plan(Path data, List<String> words, int perWord, int rate, Path out) {
        public Plan { words = List.copyOf(words); }

        /** Writes the track; see {@link MicTrack#write}. */
        public Path write() throws IOException { return MicTrack.write(data, words, perWord, rate, out); }
    }

    /** @return {@code out} with the clips, or null when the data set has no clip of any target word */
    public static Path write(Path data, List<String> words, int perWord, int rate, Path out) throws IOException {
        if (rate <= 0) throw new IllegalArgumentException("sample rate must be positive: " + rate);
        if (Files.isDirectory(out)) {
            try (var old = Files.list(out)) {
                for (Path p : old.toList()) Files.delete(p);
            }
        }
        Files.createDirectories(out);
        List<List<Path>> clips = new ArrayList<>();
        for (String w : words) {
            Path dir = data.resolve(w);
            if (!Files.isDirectory(dir)) continue;
            try (var files = Files.list(dir)) {
                clips.add(files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wav")).sorted().limit(perWord).toList());
            }
        }
        WavReader reader = new WavReader();
        WavWriter writer = new WavWriter();
        int n = 0;
        for (int round = 0; round < perWord; round++) {
            for (List<Path> word : clips) {
                if (round >= word.size()) continue;
                Path clip = word.get(round);
                String name = String.format(Locale.ROOT, "%03d_%s_%s", n++, clip.getParent().getFileName(), clip.getFileName());
                writer.write(out.resolve(name), reader.read(clip, rate).clip());
            }
        }
        return n == 0 ? null : out;
    }
}
