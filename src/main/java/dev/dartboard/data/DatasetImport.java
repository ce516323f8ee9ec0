package dev.dartboard.data;

import dev.dartboard.io.AtomicFiles;
import dev.dartboard.model.Split;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Adds a folder of keyword clips (the user's own recordings, or a set spoken by another speech engine) to a
 * data set as one split, so that validation or test measures voices the training never hears. The source has
 * one folder per word ({@code <word>/*.wav}); every clip is copied to {@code <word>/<group>-<speaker>_nohash_<n>.wav}
 * of the target, where {@code <speaker>} is the source file's GSC speaker (its name before {@code _nohash_}, or its
 * stem). The split lists are then rewritten: every clip already in the set keeps the split it had (including the
 * speaker-hash split of a set without lists), and the added clips join the chosen split.
 * Nothing is copied when a target name is taken or the source holds no clips; the lists are written atomically
 * after the copies. Stateless; not for concurrent use on one target.
 */
public final class DatasetImport {
    private final DatasetScanner scanner;

    public DatasetImport(DatasetScanner scanner) {
        this.scanner = scanner;
    }

    /** What was added: clips per word, the split and the speaker group. */
    public record Report(Map<String, Integer> perWord, Split split, String group, int total) { }

    /**
     * @param group a short name for the added speakers (letters, digits and '-'), e.g. {@code myvoice}
     * @throws IOException naming the file or folder at fault; nothing is changed then
     */
    public Report add(Path from, Path into, Split split, String group) throws IOException {
        if (!group.matches("[A-Za-z0-9-]+"))
            throw new IllegalArgumentException("group '" + group + "' must be letters, digits and '-' only");
        if (split == Split.TRAIN) throw new IllegalArgumentException("add clips as validation or test; training clips can simply be copied in");
        if (!Files.isDirectory(into)) throw new NoSuchFileException(into.toString(), null, "data set folder does not exist");
        Dataset target = scanner.scan(into);
        Dataset source = scanner.scan(from);
        if (source.clips().isEmpty()) throw new IOException(from + ": no clips (expected <word>/*.wav folders)");
        Map<Path, Path> copies = new LinkedHashMap<>();
        Map<String, Integer> perWord = new LinkedHashMap<>();
        List<String> added = new ArrayList<>();
        Map<String, Integer> next = new LinkedHashMap<>();
        for (ClipRef c : source.clips()) {
            String speaker = group + "-" + c.speaker().replaceAll("[^A-Za-z0-9-]", "-");
            String key = c.word() + "/" + speaker;
            int n = next.merge(key, 1, Integer::sum) - 1;
            String rel = c.word() + "/" + speaker + "_nohash_" + n + ".wav";
            Path dst = into.resolve(rel);
            if (Files.exists(dst)) throw new IOException(dst + ": already exists; choose another --group (nothing was copied)");
            copies.put(source.root().resolve(c.relPath()), dst);
            added.add(rel);
            perWord.merge(c.word(), 1, Integer::sum);
        }
        for (Map.Entry<Path, Path> e : copies.entrySet()) {
            Files.createDirectories(e.getValue().getParent());
            Files.copy(e.getKey(), e.getValue());
        }
        writeLists(into, target, added, split);
        return new Report(perWord, split, group, added.size());
    }

    private static void writeLists(Path into, Dataset before, List<String> added, Split split) throws IOException {
        TreeSet<String> validation = new TreeSet<>(), test = new TreeSet<>();
        for (ClipRef c : before.clips()) {
            if (c.split() == Split.VALIDATION) validation.add(c.relPath());
            else if (c.split() == Split.TEST) test.add(c.relPath());
        }
        (split == Split.TEST ? test : validation).addAll(added);
        AtomicFiles.write(into.resolve(SplitLists.VALIDATION_LIST), lines(validation));
        AtomicFiles.write(into.resolve(SplitLists.TESTING_LIST), lines(test));
    }

    private static byte[] lines(TreeSet<String> paths) {
        StringBuilder s = new StringBuilder();
        for (String p : paths) s.append(p).append('\n');
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
