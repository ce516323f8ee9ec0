package dev.dartboard.ui.search;

import dev.dartboard.flow.FlowDefaults;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.pareto.ParetoJson;
import dev.dartboard.nas.search.Checkpoint;
import dev.dartboard.nas.search.SearchConfig;
import dev.dartboard.nas.search.SearchRequest;
import dev.dartboard.nas.search.SearchRequestJson;
import dev.dartboard.ui.project.ProjectFile;
import dev.dartboard.ui.space.SearchSpaces;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Builds a {@link SearchRequest} from the project as {@code dartboard pipeline} does from its options:
 * the Data page's folder, the Space page's board, budgets and bounds, the page's epochs/seed/batch, and the
 * rest from {@link FlowDefaults#endToEnd} (Adam weights, one warm-up epoch). The run
 * folder is {@code <project folder or data folder>/runs/search-<timestamp>}. Or, to resume, the request a
 * run folder saved ({@code search.json}) as {@code dartboard search --resume} does. Loads files: call
 * {@link #build} and {@link #resume} off the FX thread.
 */
public final class SearchRequests {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final BoardProfiles boards;
    private final SearchRequestJson saved;

    public SearchRequests(BoardProfiles boards, SearchRequestJson saved) {
        this.boards = boards;
        this.saved = saved;
    }

    /** True when {@code run} (may be null) holds an unfinished search: saved options, a checkpoint, no front yet. */
    public boolean resumable(Path run) {
        return run != null && SearchRequestJson.exists(run) && Checkpoint.exists(dev.dartboard.run.RunFolder.of(run).checkpoint())
                && !Files.exists(run.resolve(ParetoJson.FILE));
    }

    /** The request saved in {@code run}, resuming. @throws IOException naming the file or the folder when it cannot */
    public SearchRequest resume(Path run) throws IOException {
        if (!resumable(run)) throw new IOException(run + ": no unfinished search with a checkpoint to resume here");
        return saved.read(run);
    }

    /** @param projectFile where the project is saved, or null when it is not */
    public SearchRequest build(ProjectFile p, Path projectFile, SearchSettings s, LocalDateTime now) throws IOException {
        if (p.dataFolder().isBlank()) throw new IllegalArgumentException("choose a data folder on the Data page first");
        String why = s.problem().isEmpty() ? p.space().problem() : s.problem();
        if (!why.isEmpty()) throw new IllegalArgumentException(why);
        Path data = Path.of(p.dataFolder());
        Path base = projectFile != null && projectFile.getParent() != null ? projectFile.getParent() : data;
        Path run = base.resolve("runs").resolve("search-" + STAMP.format(now));
        SearchConfig cfg = FlowDefaults.endToEnd(s.epochs(), s.batch(), s.seed());
        return new SearchRequest(data, run, SearchSpaces.of(p.space(), s.configs()), boards.load(p.budget().board()),
                p.budget().asBudget(), cfg, p.targetWords(), false, FlowDefaults.PARETO_SAMPLES);
    }
}
