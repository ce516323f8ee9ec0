package dev.dartboard.ui.results;

import dev.dartboard.nas.pareto.ParetoJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a project's runs live ({@code <project folder or data folder>/runs/}, as the Search page writes
 * them) and where the Results page writes its training runs. Stateless; file system reads on the caller's thread.
 */
public final class RunFolders {
    /** The DS-CNN-S baseline's run folder inside {@code runs/}. */
    public static final String BASELINE = "baseline-dscnn-s";

    private RunFolders() { }

    /** The newest run folder under {@code runs} that holds a pareto.json (names are timestamps: newest = last by name). */
    public static Optional<Path> latest(Path runs) throws IOException {
        if (!Files.isDirectory(runs)) return Optional.empty();
        try (Stream<Path> s = Files.list(runs)) {
            return s.filter(p -> Files.isRegularFile(p.resolve(ParetoJson.FILE)))
                    .max(Comparator.comparing(p -> p.getFileName().toString()));
        }
    }

    /** The training run of Pareto point {@code id} of search run {@code run}: {@code run/train-p<id>}. */
    public static Path trainedRun(Path run, int id) { return run.resolve("train-p" + id); }

    /** The DS-CNN-S baseline run beside the search runs: {@code runs/baseline-dscnn-s}. */
    public static Path baselineRun(Path run) {
        Path parent = run.toAbsolutePath().getParent();
        return (parent == null ? run : parent).resolve(BASELINE);
    }
}
