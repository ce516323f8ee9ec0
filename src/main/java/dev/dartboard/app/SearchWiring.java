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
import dev.dartboard.nas.search.SearchRequestJson;
import dev.dartboard.nas.search.SearchService;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;
import dev.dartboard.ui.search.GatedClipReader;
import dev.dartboard.ui.search.SearchEngine;
import dev.dartboard.ui.search.SearchRequests;
import dev.dartboard.ui.search.SearchSummary;
import dev.dartboard.ui.search.SearchViewModel;

import java.time.LocalDateTime;

/**
 * Builds the Search page's service and ViewModel as {@code dartboard search} does (part of the composition
 * root). Each run reads its clips through its pause gate, so Pause and Cancel also act while features are
 * prepared. FX thread.
 */
final class SearchWiring {
    private SearchWiring() { }

    static SearchViewModel create(Workspace workspace, DatasetScanner scanner, ObjectMapper mapper, TaskExecutor executor, StatusModel status) {
        LabelSetResolver labels = new LabelSetResolver(mapper, LabelSet.DEFAULT_SHARE, LabelSet.DEFAULT_SHARE);
        ClipReader wav = ClipReader.wav(new WavReader());
        FeatureCache cache = new FeatureCache(FeatureCache.defaultDir(), mapper, Runtime.getRuntime().availableProcessors());
        SearchEngine engine = (r, listeners, gate) -> {
            DataPreparer preparer = new DataPreparer(scanner, labels, new GatedClipReader(wav, gate), cache);
            return SearchSummary.of(new SearchService(preparer, mapper, System.err).run(r, listeners), r.run());
        };
        return new SearchViewModel(workspace, new SearchRequests(new BoardProfiles(), new SearchRequestJson(mapper)),
                engine, executor, status, LocalDateTime::now);
    }
}
