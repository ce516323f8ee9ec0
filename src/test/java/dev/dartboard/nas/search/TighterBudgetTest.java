package dev.dartboard.nas.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.Budget;
import dev.dartboard.model.SearchSpace;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.SupernetSpec;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.nas.decode.Decoded;
import dev.dartboard.nas.decode.Decoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Same data, same seed: a tighter SRAM budget gives a decoded model with lower or equal exact SRAM, recomputed independently. */
class TighterBudgetTest {
    static final SearchSpace SPACE = new SearchSpace(SamplesFixture.CONFIGS, SamplesFixture.CHANNELS, 2, List.of(2, 4), Set.of(),
            SupernetSpec.PEER_PRIMITIVES);
    @TempDir Path dir;

    @Test
    void tighterSramBudgetNeverGivesMoreSram() throws IOException {
        CostModel model = new CostModel(new BoardProfiles().load("nano33ble"), new GenotypeLowering());
        Decoded loose = search(model, new Budget(200_000, 900_000, 1000), "loose");
        long looseSram = model.of(loose.genotype(), SamplesFixture.data().classes()).sramBytes();
        Budget tight = new Budget(looseSram - 1, 900_000, 1000);
        Decoded tighter = search(model, tight, "tight");
        long tightSram = model.of(tighter.genotype(), SamplesFixture.data().classes()).sramBytes();
        assertTrue(tightSram <= looseSram - 1, tightSram + " B vs " + looseSram + " B");
        assertEquals(tightSram, tighter.costs().sramBytes());
    }

    private Decoded search(CostModel model, Budget b, String name) throws IOException {
        SearchConfig cfg = SearchConfig.defaults(5).withEpochs(2, 1).withBatch(32);
        SearchResult r = new SearchRunner(SamplesFixture.spec(), SamplesFixture.tables(), b, cfg, SamplesFixture.data(),
                new Checkpoint(new ObjectMapper()), List.of()).run(dir.resolve(name), false);
        return new Decoder(model, SPACE, SamplesFixture.spec().stems(), SamplesFixture.data().classes()).decode(name, r.alphas(), r.gamma(), b);
    }
}
