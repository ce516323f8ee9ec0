package dev.dartboard.data;

import dev.dartboard.model.Split;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the clips of a data set folder without reading audio. Layouts: GSC
 * ({@code <word>/<speaker>_nohash_<n>.wav}, {@code _background_noise_/}, optional list files) and
 * plain folder-per-label trees (any file names, nested folders allowed). Other folders whose name
 * starts with '_', non-WAV files, folders named *.wav and broken links are ignored with a warning; hidden entries silently. Splits come from the list
 * files when present, else from {@link SpeakerSplit}. Stateless apart from its split; thread-safe.
 */
public final class DatasetScanner {
    private final SpeakerSplit speakerSplit;

    public DatasetScanner(SpeakerSplit speakerSplit) {
        this.speakerSplit = speakerSplit;
    }

    /** Scans {@code root}; throws when it is missing or not a folder (the message names it). */
    public Dataset scan(Path root) throws IOException {
        Path dir = root.toAbsolutePath().normalize();
        if (!Files.exists(dir)) throw new NoSuchFileException(dir.toString(), null, "data set folder does not exist");
        if (!Files.isDirectory(dir)) throw new NotDirectoryException(dir + ": not a folder");
        Optional<SplitLists> lists = SplitLists.read(dir);
        List<ClipRef> clips = new ArrayList<>();
        List<String> noise = new ArrayList<>();
        List<Issue> warnings = new ArrayList<>();
        for (Path sub : sortedChildren(dir)) {
            String name = sub.getFileName().toString();
            if (!Files.isDirectory(sub) || name.startsWith(".")) continue;
            if (name.equals(Dataset.NOISE_DIR)) noise.addAll(wavsUnder(dir, sub, warnings));
            else if (name.startsWith("_")) warnings.add(new Issue(name, "folder ignored: names starting with '_' are reserved"));
            else for (String rel : wavsUnder(dir, sub, warnings)) clips.add(clip(rel, name, lists));
        }
        clips.sort((a, b) -> a.relPath().compareTo(b.relPath()));
        return new Dataset(dir, clips, noise, warnings);
    }

    private ClipRef clip(String relPath, String word, Optional<SplitLists> lists) {
        String speaker = SpeakerSplit.speakerOf(relPath.substring(relPath.lastIndexOf('/') + 1));
        Split split = lists.isPresent() ? lists.get().of(relPath) : speakerSplit.of(speaker);
        return new ClipRef(relPath, word, speaker, split);
    }

    /** The '/'-separated relative paths of the .wav files under {@code folder}, sorted; others warned. */
    private static List<String> wavsUnder(Path root, Path folder, List<Issue> warnings) throws IOException {
        List<String> wavs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) files.filter(f -> !f.equals(folder)).sorted()::iterator) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                if (f.getFileName().toString().startsWith(".")) continue;
                if (Files.isRegularFile(f)) {
                    if (isWav(f)) wavs.add(rel);
                    else warnings.add(new Issue(rel, "not a .wav file; ignored"));
                } else if (!Files.exists(f)) {
                    warnings.add(new Issue(rel, "broken link: its target " + target(f) + " does not exist; ignored"));
                } else if (Files.isDirectory(f) && isWav(f)) {
                    warnings.add(new Issue(rel, "a folder named like a WAV file, not a clip; ignored (files inside it are scanned)"));
                }
            }
        }
        return wavs;
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "(unreadable)";
        }
    }

    static boolean isWav(Path f) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wav");
    }

    private static List<Path> sortedChildren(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
