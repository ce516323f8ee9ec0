package dev.dartboard.app;

import dev.dartboard.ui.common.CurrentRun;
import dev.dartboard.ui.deploy.DeployViewModel;
import dev.dartboard.ui.results.ResultsSnapshot;
import dev.dartboard.ui.results.ResultsViewModel;
import dev.dartboard.ui.results.RunFolders;
import dev.dartboard.ui.search.SearchViewModel;

import java.nio.file.Path;

/**
 * Carries the current run from page to page (part of the composition root): a finished search or the run the
 * Results page opens becomes the current search run; a finished training (or, on opening, the chosen point's
 * earlier training) becomes the current trained run, which the Deploy page opens; the Deploy page's flash
 * outcome becomes the last flash. FX thread.
 */
final class CurrentRunWiring {
    private CurrentRunWiring() { }

    static void connect(CurrentRun run, SearchViewModel search, ResultsViewModel results, DeployViewModel deploy) {
        search.resultProperty().addListener((o, a, r) -> { if (r != null) run.searchRunProperty().set(r.run()); });
        results.snapshotProperty().addListener((o, a, s) -> {
            if (s == null) return;
            run.searchRunProperty().set(s.run());
            Path trained = earlierTraining(s);
            if (trained != null && (run.trainedRunProperty().get() == null || !sameSearch(run.trainedRunProperty().get(), s.run())))
                run.trainedRunProperty().set(trained);
        });
        results.training().trainedRunProperty().addListener((o, a, p) -> { if (p != null) run.trainedRunProperty().set(p); });
        run.trainedRunProperty().addListener((o, a, p) -> { if (p != null) deploy.currentRunProperty().set(p); });
        deploy.board().outcomeProperty().addListener((o, a, f) -> { if (f != null && !f.isBlank()) run.lastFlashProperty().set(f); });
    }

    /** The chosen point's training run when it was trained, else null. */
    private static Path earlierTraining(ResultsSnapshot s) {
        int chosen = s.front().chosen();
        return s.trained().containsKey(chosen) ? RunFolders.trainedRun(s.run(), chosen) : null;
    }

    private static boolean sameSearch(Path trained, Path search) {
        return trained.toAbsolutePath().normalize().startsWith(search.toAbsolutePath().normalize());
    }
}
