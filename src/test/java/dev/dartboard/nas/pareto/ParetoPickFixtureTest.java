package dev.dartboard.nas.pareto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.train.RunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ParetoPickFixtureTest {
    @TempDir Path run;
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void fixtureHasAFrontADominatedPointAndOneThatDoesNotFit() throws IOException {
        ParetoFront f = ParetoFixture.front(3);
        assertFalse(f.point(5).fits(), "DS-CNN-S is over the 100 ms budget: " + f.point(5).costs());
        assertTrue(f.point(1).fits());
        assertTrue(f.point(0).dominates(f.point(1)), f.point(0).costs() + " vs " + f.point(1).costs());
        assertEquals(List.of(0, 2, 3, 4), f.front(), f.points().stream().map(p -> p.id() + ":" + p.costs().sramBytes() + "/" + p.costs().flashBytes() + "/" + p.costs().latencyMs()).toList().toString());
    }

    @Test
    void pickWritesTheGenotypeOfThePointWithItsCostsAndMarksItChosen() throws IOException {
        ParetoFront f = ParetoFixture.write(run);
        Files.writeString(run.resolve("genotype.json"), "{\"name\":\"old\",\"search\":{\"steps\":42}}");
        new ParetoPick(mapper).pick(run, 2);
        ParetoPoint p = f.point(2);
        assertEquals(p.genotype(), new RunStore(mapper).genotype(run));
        JsonNode g = mapper.readTree(run.resolve("genotype.json").toFile());
        assertEquals(p.costs().sramBytes(), g.path("sram").asLong());
        assertEquals(p.costs().flashBytes(), g.path("flash").asLong());
        assertEquals(p.costs().latencyMs(), g.path("latencyMs").asDouble());
        assertEquals(p.costs().parameters(), g.path("parameters").asLong());
        assertEquals(ParetoFixture.BUDGET.sramBytes(), g.path("budget").path("sram").asLong());
        assertEquals(ParetoFixture.BUDGET.latencyMs(), g.path("budget").path("latencyMs").asDouble());
        assertEquals("nano33ble", g.path("board").asText());
        assertEquals(2, g.path("pareto").path("point").asInt());
        assertEquals(42, g.path("search").path("steps").asInt(), "the search's end state is kept");
        assertEquals(2, new ParetoJson(mapper).read(run.resolve(ParetoJson.FILE)).chosen());
    }

    @Test
    void anUnknownIdNamesTheValidOnesAndWritesNothing() throws IOException {
        ParetoFront f = ParetoFixture.write(run);
        var e = assertThrows(IllegalArgumentException.class, () -> new ParetoPick(mapper).pick(run, 9));
        assertTrue(e.getMessage().contains("ids 0..5"), e.getMessage());
        assertFalse(Files.exists(run.resolve("genotype.json")));
    }
}
