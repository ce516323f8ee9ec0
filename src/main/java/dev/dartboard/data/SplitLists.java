package dev.dartboard.data;

import dev.dartboard.model.Split;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * GSC's {@code validation_list.txt} / {@code testing_list.txt}: one '/'-separated path relative to
 * the root per line. When either file exists, listed files go to that split and all others to
 * train; a missing one of the two counts as empty. Immutable.
 */
final class SplitLists {
    static final String VALIDATION_LIST = "validation_list.txt";
    static final String TESTING_LIST = "testing_list.txt";
    private final Set<String> validation;
    private final Set<String> test;

    private SplitLists(Set<String> validation, Set<String> test) {
        this.validation = validation;
        this.test = test;
    }

    /** The lists under {@code root}, or empty when neither file exists. */
    static Optional<SplitLists> read(Path root) throws IOException {
        Path v = root.resolve(VALIDATION_LIST);
        Path t = root.resolve(TESTING_LIST);
        if (!Files.isRegularFile(v) && !Files.isRegularFile(t)) return Optional.empty();
        return Optional.of(new SplitLists(lines(v), lines(t)));
    }

    /** The split of a relative path; test wins when a file is (wrongly) in both lists. */
    Split of(String relPath) {
        if (test.contains(relPath)) return Split.TEST;
        if (validation.contains(relPath)) return Split.VALIDATION;
        return Split.TRAIN;
    }

    private static Set<String> lines(Path list) throws IOException {
        Set<String> paths = new HashSet<>();
        if (!Files.isRegularFile(list)) return paths;
        List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        for (String line : lines) {
            String p = line.strip().replace('\\', '/');
            if (!p.isEmpty()) paths.add(p);
        }
        return paths;
    }
}
