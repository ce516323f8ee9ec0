package dev.dartboard.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.audio.WavReader;
import dev.dartboard.data.ClipReader;
import dev.dartboard.data.DataPreparer;
import dev.dartboard.data.DatasetScanner;
import dev.dartboard.data.FeatureCache;
import dev.dartboard.data.LabelSetResolver;
import dev.dartboard.model.LabelSet;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.pareto.ParetoJson;
import dev.dartboard.nas.pareto.ParetoPick;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.train.RunStore;
import dev.dartboard.train.RunTraining;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;
import dev.dartboard.ui.results.ResultsLoader;
import dev.dartboard.ui.results.ResultsViewModel;
import dev.dartboard.ui.search.SearchViewModel;

/**
 * Builds the Results page's ViewModel with the services {@code dartboard train} uses (part of the
 * composition root): it opens each finished search's run and the project's newest run. FX thread.
 */
final class ResultsWiring {
    private ResultsWiring() { }

    static ResultsViewModel create(Workspace workspace, DatasetScanner scanner, ObjectMapper mapper, TaskExecutor executor,
                                   StatusModel status, SearchViewModel search) {
        DataPreparer preparer = new DataPreparer(scanner, new LabelSetResolver(mapper, LabelSet.DEFAULT_SHARE, LabelSet.DEFAULT_SHARE),
                ClipReader.wav(new WavReader()), new FeatureCache(FeatureCache.defaultDir(), mapper, Runtime.getRuntime().availableProcessors()));
        RunTraining training = new RunTraining(preparer, new RunStore(mapper));
        ResultsViewModel vm = new ResultsViewModel(workspace, new ResultsLoader(new ParetoJson(mapper), new BoardProfiles(), mapper),
                new ParetoPick(mapper), training::train, executor, status);
        search.resultProperty().addListener((o, a, r) -> { if (r != null) vm.searchFinished(r.run()); });
        workspace.projectProperty().addListener((o, a, b) -> { if (!a.dataFolder().equals(b.dataFolder())) vm.openLatest(); });
        workspace.fileProperty().addListener((o, a, b) -> vm.openLatest());
        return vm;
    }
}
