package dev.dartboard.data;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * The result of scanning a data set folder: immutable, cheap (no audio read yet).
 *
 * @param root       the data set folder (absolute)
 * @param clips      the word clips, sorted by relative path
 * @param noiseFiles the {@code _background_noise_} WAVs, relative paths, sorted
 * @param warnings   things skipped while scanning (ignored folders, non-WAV files)
 */
public record Dataset(Path root, List<ClipRef> clips, List<String> noiseFiles, List<Issue> warnings) {
    /** The folder of background noise in GSC. */
    public static final String NOISE_DIR = "_background_noise_";

    public Dataset {
        clips = List.copyOf(clips);
        noiseFiles = List.copyOf(noiseFiles);
        warnings = List.copyOf(warnings);
    }

    /** The distinct words (folders holding at least one clip), sorted. */
    public List<String> words() {
        TreeSet<String> words = new TreeSet<>();
        for (ClipRef c : clips) words.add(c.word());
        return List.copyOf(words);
    }

    /** The absolute path of a relative one. */
    public Path resolve(String relPath) {
        return root.resolve(relPath);
    }
}
