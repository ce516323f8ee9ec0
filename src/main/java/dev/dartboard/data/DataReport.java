package dev.dartboard.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dartboard.io.AtomicFiles;
import dev.dartboard.model.LabelSet;
import dev.dartboard.model.Split;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What the data step of a search or training left out or found thin, in {@code RUN/data-report.json}
 * ({@link #FILE}): {@code rejected} (files read and refused: unreadable, NaN samples, shorter than one window —
 * the feature cache's own list), {@code skipped} (entries the scan passed over: non-WAV files, folders and broken
 * links named *.wav, reserved folders) and {@code warnings} (fewer than two target words, a split with fewer than
 * {@link #MIN_PER_CLASS} usable examples of a word). Immutable.
 *
 * @param data     the data set folder
 * @param rejected file (relative, '/'-separated) and reason, sorted by file
 * @param skipped  file and reason, sorted by file
 * @param warnings sentences
 */
public record DataReport(String data, List<Issue> rejected, List<Issue> skipped, List<String> warnings) {
    /** The report's file name in a run folder. */
    public static final String FILE = dev.dartboard.run.RunFolder.DATA_REPORT;
    /** Fewer usable examples of a target word in one split than this is warned about. */
    public static final int MIN_PER_CLASS = 10;

    public DataReport {
        rejected = sorted(rejected);
        skipped = sorted(skipped);
        warnings = List.copyOf(new LinkedHashSet<>(warnings));
    }

    /** The report of one prepared data set. */
    public static DataReport of(PreparedData d) {
        Path root = d.dataset().root();
        List<Issue> rejected = new ArrayList<>();
        for (Issue i : d.table().index().rejected()) rejected.add(new Issue(i.file(), withoutFile(root.resolve(i.file()), i.reason())));
        return new DataReport(root.toString(), rejected, d.dataset().warnings(), warnings(d));
    }

    /** This report and {@code other} (e.g. the same data set prepared for another front end), without duplicates. */
    public DataReport merge(DataReport other) {
        List<Issue> r = new ArrayList<>(rejected), s = new ArrayList<>(skipped);
        List<String> w = new ArrayList<>(warnings);
        r.addAll(other.rejected);
        s.addAll(other.skipped);
        w.addAll(other.warnings);
        return new DataReport(data, r, s, w);
    }

    /** True when nothing was rejected, skipped or warned about. */
    public boolean clean() {
        return rejected.isEmpty() && skipped.isEmpty() && warnings.isEmpty();
    }

    /** One line for stderr, e.g. {@code data: 2 files rejected, 1 skipped, 1 warning (first: yes/a.wav: zero frames); see RUN/data-report.json}. */
    public String summary(Path reportFile) {
        if (clean()) return "data: no file rejected or skipped (" + reportFile + ")";
        String first = !rejected.isEmpty() ? rejected.get(0).file() + ": " + rejected.get(0).reason()
                : !skipped.isEmpty() ? skipped.get(0).file() + ": " + skipped.get(0).reason() : warnings.get(0);
        return "data: " + count(rejected.size(), "file", "files") + " rejected, " + skipped.size() + " skipped, "
                + count(warnings.size(), "warning", "warnings") + " (first: " + first + "); see " + reportFile;
    }

    /** Writes the report as JSON, atomically. */
    public void write(Path file, ObjectMapper mapper) throws IOException {
        AtomicFiles.write(file, mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(this));
    }

    private static List<String> warnings(PreparedData d) {
        List<String> w = new ArrayList<>();
        LabelSet labels = d.plan().labels();
        if (labels.targets().size() < 2)
            w.add("only " + labels.targets().size() + " target word " + labels.targets()
                    + ": the model can only tell it from unknown and silence; give two or more words for a useful keyword model");
        for (Split split : Split.values()) {
            Map<String, Integer> usable = new LinkedHashMap<>();
            for (String t : labels.targets()) usable.put(t, 0);
            for (Example e : d.plan().of(split)) {
                String label = labels.labels().get(e.label());
                if (usable.containsKey(label) && d.table().rowOf(e.source()) >= 0) usable.merge(label, 1, Integer::sum);
            }
            usable.forEach((word, n) -> {
                if (n < MIN_PER_CLASS)
                    w.add("the " + split.jsonName() + " split has " + n + " usable example" + (n == 1 ? "" : "s") + " of '" + word
                            + "' (fewer than " + MIN_PER_CLASS + "): its accuracy there is noise; record more clips of it");
            });
        }
        return w;
    }

    private static String withoutFile(Path file, String reason) {
        String prefix = file + ": ";
        return reason != null && reason.startsWith(prefix) ? reason.substring(prefix.length()) : String.valueOf(reason);
    }

    private static List<Issue> sorted(List<Issue> issues) {
        List<Issue> l = new ArrayList<>(new LinkedHashSet<>(issues));
        l.sort(Comparator.comparing(Issue::file).thenComparing(Issue::reason));
        return List.copyOf(l);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
