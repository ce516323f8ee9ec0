package dev.dartboard.ui.wizard;

import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.BudgetSettings;
import dev.dartboard.ui.project.Workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The wizard's last step: points the project at the generated set with the keyword as its only target, names an
 * untitled project after the keyword, then opens the Search page. The board and budgets stay the project's (the
 * Space &amp; budgets page owns them): the wizard shows them ({@link #budgets}) and never changes them. FX thread.
 */
final class SearchHandoff {
    private final Workspace workspace;
    private final StatusModel status;
    private final Runnable toSearch;

    SearchHandoff(Workspace workspace, StatusModel status, Runnable toSearch) {
        this.workspace = workspace;
        this.status = status;
        this.toSearch = toSearch;
    }

    void go(Path data, String keyword) {
        workspace.update(p -> p.withDataFolder(data.toString()).withTargetWords(List.of(keyword))
                .withName(p.name().isBlank() || p.name().equals("Untitled") ? keyword : p.name()));
        status.info("Data set " + data + " with target '" + keyword + "': ready to search");
        toSearch.run();
    }

    /** e.g. "SRAM 64.0 KB, flash 256.0 KB, latency 300 ms on nano33ble" (KB = 1024 bytes, as the Space page shows them). */
    static String budgets(BudgetSettings b) {
        return String.format(Locale.ROOT, "SRAM %.1f KB, flash %.1f KB, latency %s ms on %s", b.sramBytes() / 1024.0,
                b.flashBytes() / 1024.0, new java.text.DecimalFormat("0.##", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT))
                        .format(b.latencyMs()), b.board());
    }
}
