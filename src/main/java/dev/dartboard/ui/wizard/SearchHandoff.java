package dev.dartboard.ui.wizard;

import dev.dartboard.model.BoardProfile;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;

import java.nio.file.Path;
import java.util.List;

/**
 * The wizard's last step: points the project at the generated set with the keyword as its only target and
 * budgets for the project's board — a quarter of its usable SRAM and flash, {@value #LATENCY_MS} ms — names an
 * untitled project after the keyword, then opens the Search page. Loads the board in the background. FX thread.
 */
final class SearchHandoff {
    /** Latency budget the wizard sets, ms. */
    static final double LATENCY_MS = 300;
    private final Workspace workspace;
    private final BoardProfiles boards;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final Runnable toSearch;

    SearchHandoff(Workspace workspace, BoardProfiles boards, TaskExecutor executor, StatusModel status, Runnable toSearch) {
        this.workspace = workspace;
        this.boards = boards;
        this.executor = executor;
        this.status = status;
        this.toSearch = toSearch;
    }

    void go(Path data, String keyword) {
        String board = workspace.project().budget().board();
        executor.run("Budgets", ctx -> boards.load(board), status.track("Budgets", (BoardProfile b) -> {
            workspace.update(p -> p.withDataFolder(data.toString()).withTargetWords(List.of(keyword))
                    .withBudget(p.budget().withLimits(b.usableSram() / 4, b.usableFlash() / 4, LATENCY_MS))
                    .withName(p.name().isBlank() || p.name().equals("Untitled") ? keyword : p.name()));
            status.info("Data set " + data + " with target '" + keyword + "': ready to search");
            toSearch.run();
        }));
    }
}
