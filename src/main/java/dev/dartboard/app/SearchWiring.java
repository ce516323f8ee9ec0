package dev.dartboard.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.data.DatasetScanner;
import dev.dartboard.flow.DataStep;
import dev.dartboard.flow.FlowDefaults;
import dev.dartboard.flow.Flows;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.search.SearchRequestJson;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;
import dev.dartboard.ui.search.FlowSearchEngine;
import dev.dartboard.ui.search.SearchRequests;
import dev.dartboard.ui.search.SearchViewModel;

import java.time.LocalDateTime;

/**
 * Builds the Search page's engine and ViewModel (part of the composition root): the search flow of
 * {@code dartboard search} and the pipeline, ranking as the pipeline does ({@link FlowDefaults#endToEndRanking}).
 * Each run reads its clips through its pause gate, so Pause and Cancel also act while features are prepared.
 * FX thread.
 */
final class SearchWiring {
    private SearchWiring() { }

    static SearchViewModel create(Workspace workspace, DatasetScanner scanner, ObjectMapper mapper, TaskExecutor executor, StatusModel status) {
        Flows flows = new Flows(new DataStep(scanner, null, mapper), mapper, System::nanoTime);
        FlowSearchEngine engine = new FlowSearchEngine(flows, FlowDefaults.endToEndRanking(), System.err,
                line -> executor.callbacks().execute(() -> status.info("Search: " + line)));
        return new SearchViewModel(workspace, new SearchRequests(new BoardProfiles(), new SearchRequestJson(mapper)),
                engine, executor, status, LocalDateTime::now);
    }
}
