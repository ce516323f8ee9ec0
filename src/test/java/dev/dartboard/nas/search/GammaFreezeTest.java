package dev.dartboard.nas.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.Budget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * γ freezes by the paper's rule (largest ≥ 2× second) and the search goes on with the one stem:
 * architecture steps after the freeze run, report the frozen config, and α keeps moving.
 */
class GammaFreezeTest {
    @TempDir Path dir;

    @Test
    void searchContinuesOnTheFrozenConfig() throws IOException {
        SearchConfig cfg = SearchConfig.defaults(3).withEpochs(3, 1).withBatch(16).withArchLr(0.3);
        List<SearchEvent> events = new ArrayList<>();
        SearchResult r = new SearchRunner(SamplesFixture.spec(), SamplesFixture.tables(), new Budget(200_000, 900_000, 1000), cfg,
                SamplesFixture.data(), new Checkpoint(new ObjectMapper()), List.of(events::add)).run(dir, false);
        int first = -1;
        for (int i = 0; i < events.size() && first < 0; i++) if (events.get(i).gammaFrozen()) first = i;
        assertTrue(first >= 0, "γ never froze");
        SearchEvent freeze = events.get(first);
        assertTrue(SearchStep.freezes(freeze.gamma()), "froze without the 2x rule: " + java.util.Arrays.toString(freeze.gamma()));
        assertEquals(SearchStep.argmax(freeze.gamma()), r.frozenConfig());
        List<SearchEvent> after = events.subList(first + 1, events.size());
        assertFalse(after.isEmpty(), "no step after the freeze");
        assertTrue(after.stream().allMatch(e -> e.frozenConfig() == r.frozenConfig() && e.valLoss() != null));
        assertFalse(java.util.Arrays.deepEquals(after.get(0).alphas(), events.get(events.size() - 1).alphas()), "α stopped moving");
    }
}
