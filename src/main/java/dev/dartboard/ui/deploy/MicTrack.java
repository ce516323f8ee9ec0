package dev.dartboard.ui.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the board simulator's microphone plays on the Deploy page: up to {@code perWord} clips of each target word
 * of the project's data set ({@code DATA/<word>/*.wav}, in name order), taken in turns (yes, no, …, yes, no, …)
 * and copied as {@code NNN_<word>_<file>.wav} into a fresh folder, which the simulator plays back to back in name
 * order. Stateless.
 */
public final class MicTrack {
    private MicTrack() { }

    /** @return {@code out} with the clips, or null when the data set has no clip of any target word */
    public static Path write(Path data, List<String> words, int perWord, Path out) throws IOException {
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
        int n = 0;
        for (int round = 0; round < perWord; round++) {
            for (List<Path> word : clips) {
                if (round >= word.size()) continue;
                Path clip = word.get(round);
                Files.copy(clip, out.resolve(String.format(Locale.ROOT, "%03d_%s_%s", n++, clip.getParent().getFileName(), clip.getFileName())));
            }
        }
        return n == 0 ? null : out;
    }
}
