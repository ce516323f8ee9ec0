package dev.dartboard.nas.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.Budget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search loop on real features: resume after an interruption reproduces the straight run bit-for-bit; events are JSON lines. */
class SearchRunnerTest {
    static final Budget BUDGET = new Budget(12_000, 40_000, 50);
    static final SearchConfig CONFIG = SearchConfig.defaults(3).withEpochs(2, 1).withBatch(32);
    final ObjectMapper json = new ObjectMapper();
    @TempDir Path dir;

    SearchRunner runner(SearchListener... listeners) throws IOException {
        return new SearchRunner(SamplesFixture.spec(), SamplesFixture.tables(), BUDGET, CONFIG, SamplesFixture.data(),
                new Checkpoint(json), List.of(listeners));
    }

    @Test
    void interruptedAndResumedRunEqualsTheStraightRunBitForBit() throws IOException {
        SearchResult straight = runner().run(dir.resolve("a"), false);
        Path b = dir.resolve("b");
        List<SearchEvent> seen = new ArrayList<>();
        SearchListener killer = e -> { if (e.epoch() == 1 && e.step() == runnerSteps() + 1) throw new IllegalStateException("killed"); seen.add(e); };
        assertThrows(IllegalStateException.class, () -> runner(killer).run(b, false));
        assertEquals(runnerSteps() + 1, seen.size(), "the first epoch and one step of the second ran");
        SearchResult resumed = runner().run(b, true);
        for (int l = 0; l < straight.alphas().length; l++) assertArrayEquals(straight.alphas()[l], resumed.alphas()[l], 0.0);
        assertArrayEquals(straight.gamma(), resumed.gamma(), 0.0);
        assertEquals(straight.steps(), resumed.steps());
        assertEquals(straight.valAccuracy(), resumed.valAccuracy(), 0.0);
        assertTrue(straight.alphas()[0][0] != 1.0 / 6, "α moved after warm-up");
    }

    @Test
    void eventsAreOneJsonObjectPerStepAndAResumeDropsTheRedoneSteps() throws IOException {
        Path events = dir.resolve("events.jsonl");
        try (EventLog log = new EventLog(events, json, 0)) {
            SearchListener stop = e -> { if (e.epoch() == 1 && e.phase().equals("search") && e.step() == runnerSteps() + 2) throw new IllegalStateException("stop"); };
            assertThrows(IllegalStateException.class, () -> runner(log, stop).run(dir, false));
        }
        try (EventLog log = new EventLog(events, json, runnerSteps())) {
            runner(log).run(dir, true);
        }
        List<String> lines = Files.readAllLines(events);
        assertEquals(2 * runnerSteps(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode n = json.readTree(lines.get(i));
            assertEquals(i, n.get("step").asInt());
            assertEquals(i < runnerSteps() ? "warmup" : "search", n.get("phase").asText());
            assertEquals(2, n.get("alphas").size());
            assertEquals(6, n.get("alphas").get(0).size());
            assertEquals(1.0, n.get("gamma").get(0).asDouble() + n.get("gamma").get(1).asDouble(), 1e-9);
            assertTrue(n.get("expectedSramBytes").asDouble() > 0 && n.get("expectedFlashBytes").asDouble() > 0);
            assertEquals(i < runnerSteps(), n.get("valAccuracy").isNull());
        }
    }

    private int runnerSteps() {
        try {
            return runner().batchesPerEpoch();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
