package dev.dartboard.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.data.DatasetScanner;
import dev.dartboard.flow.DataStep;
import dev.dartboard.flow.TrainFlow;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.pareto.ParetoJson;
import dev.dartboard.nas.pareto.ParetoPick;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.train.RunStore;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;
import dev.dartboard.ui.results.ResultsLoader;
import dev.dartboard.ui.results.ResultsViewModel;
import dev.dartboard.ui.search.SearchViewModel;

/**
 * Builds the Results page's ViewModel with the flow {@code dartboard train} runs ({@link TrainFlow}) (part of the
 * composition root): it opens each finished search's run and the project's newest run. FX thread.
 */
final class ResultsWiring {
    private ResultsWiring() { }

    static ResultsViewModel create(Workspace workspace, DatasetScanner scanner, ObjectMapper mapper, TaskExecutor executor,
                                   StatusModel status, SearchViewModel search) {
        DataStep step = new DataStep(scanner, null, mapper);
        TrainFlow training = new TrainFlow(step.preparer(), step.allOtherWords(), new RunStore(mapper));
        ResultsViewModel vm = new ResultsViewModel(workspace, new ResultsLoader(new ParetoJson(mapper), new BoardProfiles(), mapper),
                new ParetoPick(mapper), (r, l) -> training.train(r, data -> { }, l), executor, status);
        search.resultProperty().addListener((o, a, r) -> { if (r != null) vm.searchFinished(r.run()); });
        workspace.projectProperty().addListener((o, a, b) -> { if (!a.dataFolder().equals(b.dataFolder())) vm.openLatest(); });
        workspace.fileProperty().addListener((o, a, b) -> vm.openLatest());
        return vm;
    }
}
