package dev.dartboard.ui.results;

import dev.dartboard.nas.pareto.ParetoJson;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Which search run the Results page shows: a chosen folder, the search that just finished, or the project's
 * newest run under {@code <project or data folder>/runs}. Reads in the background and hands the snapshot to
 * {@code show}; a missing or malformed pareto.json goes to the error banner, naming it. FX thread.
 */
final class ResultsRuns {
    private final Workspace workspace;
    private final ResultsLoader loader;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final Consumer<ResultsSnapshot> show;
    private final Consumer<String> message;

    ResultsRuns(Workspace workspace, ResultsLoader loader, TaskExecutor executor, StatusModel status,
                Consumer<ResultsSnapshot> show, Consumer<String> message) {
        this.workspace = workspace;
        this.loader = loader;
        this.executor = executor;
        this.status = status;
        this.show = show;
        this.message = message;
    }

    void open(Path run) {
        int fallback = workspace.project().targetWords().size() + 2;
        executor.run("Open results", ctx -> loader.load(run, fallback), status.track("Open results", show));
    }

    void searchFinished(Path run) {
        if (Files.isRegularFile(run.resolve(ParetoJson.FILE))) open(run);
        else message.accept(run + " has no pareto.json: this search wrote no Pareto front.");
    }

    void openLatest() {
        Path runs = runsFolder();
        if (runs == null) return;
        executor.run("Find runs", ctx -> RunFolders.latest(runs), status.track("Find runs", p -> p.ifPresent(this::open)));
    }

    private Path runsFolder() {
        Path file = workspace.fileProperty().get();
        if (file != null && file.getParent() != null) return file.getParent().resolve("runs");
        String data = workspace.project().dataFolder();
        return data.isBlank() ? null : Path.of(data).resolve("runs");
    }
}
