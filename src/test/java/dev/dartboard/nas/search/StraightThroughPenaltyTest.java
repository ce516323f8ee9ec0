package dev.dartboard.nas.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.Budget;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.Costs;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.nas.decode.Decoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The budget penalty acts during the search, not only in the decoder: with a latency budget below what
 * the network the search starts from needs (argmax after warm-up only), the straight-through search ends on an argmax network
 * that fits (no repair needed), and the penalty was positive on some architecture step.
 */
class StraightThroughPenaltyTest {
    @TempDir Path dir;

    @Test
    void searchMovesItsArgmaxUnderTheBudget() throws IOException {
        CostModel model = new CostModel(new BoardProfiles().load("nano33ble"), new GenotypeLowering());
        Decoder decoder = new Decoder(model, TighterBudgetTest.SPACE, SamplesFixture.spec().stems(), SamplesFixture.data().classes());
        Budget loose = new Budget(200_000, 900_000, 1000);
        SearchResult free = run(loose, decoder, "free", new ArrayList<>(), SearchConfig.defaults(5).withEpochs(1, 1).withBatch(16));
        Costs freeCosts = decoder.argmaxCosts(free.alphas(), free.gamma());
        Budget tight = new Budget(200_000, 900_000, freeCosts.latencyMs() * 0.8);
        List<SearchEvent> events = new ArrayList<>();
        SearchResult r = run(tight, decoder, "tight", events, SearchConfig.defaults(5).withEpochs(3, 1).withBatch(16).withArchLr(0.2));
        Costs c = decoder.argmaxCosts(r.alphas(), r.gamma());
        System.out.printf("argmax latency: after warm-up %.3f ms, budget %.3f ms, straight-through %.3f ms%n",
                freeCosts.latencyMs(), tight.latencyMs(), c.latencyMs());
        assertTrue(events.stream().anyMatch(e -> e.penalty() > 0), "the penalty never acted");
        assertTrue(c.latencyMs() <= tight.latencyMs(), c.latencyMs() + " ms > " + tight.latencyMs() + " ms");
    }

    private SearchResult run(Budget b, Decoder decoder, String name, List<SearchEvent> events, SearchConfig cfg) throws IOException {
        return new SearchRunner(SamplesFixture.spec(), SamplesFixture.tables(), b, cfg, SamplesFixture.data(),
                new Checkpoint(new ObjectMapper()), List.of(events::add), decoder::argmaxCosts).run(dir.resolve(name), false);
    }
}
