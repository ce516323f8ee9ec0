package dev.dartboard.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.nas.pareto.ParetoFixture;
import dev.dartboard.nas.pareto.ParetoJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * sweep.json's union of fronts states each point as its run's pareto.json does: the same source, accuracy and costs
 * (names and values), read from the pareto.json file itself; the run's budget is spelled as pareto.json spells it.
 */
class SweepMergeTest {
    @TempDir Path dir;
    private final ObjectMapper mapper = new ObjectMapper();
    private static final List<String> SHARED = List.of("source", "accuracy", "sram", "flash", "latencyMs", "macs", "parameters");

    @Test
    void aSweepPointCarriesItsParetoPointsFieldsAndValues() throws Exception {
        Path run = Files.createDirectories(dir.resolve("p000"));
        ParetoFixture.write(run);
        GridPoint g = new GridPoint(0, GridPoint.idOf(0), "data", List.of("yes"), "nano33ble", "50k", "200k", "100ms", 1,
                "default", null, List.of(), null);
        new SweepMerge(mapper).write(dir, dir.resolve("grid.json"), "local[1]", 1.0, List.of(g), List.of(run.toString()));
        JsonNode pareto = mapper.readTree(run.resolve(ParetoJson.FILE).toFile()), sweep = mapper.readTree(dir.resolve(SweepMerge.FILE).toFile());
        List<JsonNode> front = new ArrayList<>();
        for (JsonNode id : pareto.get("front")) front.add(pareto.get("points").get(id.asInt()));
        assertEquals(front.size(), sweep.get("points").size());
        for (int i = 0; i < front.size(); i++) {
            JsonNode q = sweep.get("points").get(i), p = front.get(i);
            assertEquals(p.get("id"), q.get("point"));
            for (String f : SHARED) assertEquals(p.get(f), q.get(f), f + " of point " + p.get("id"));
            assertEquals(pareto.get("budget"), q.get("budget"));
        }
        assertEquals(pareto.get("budget"), sweep.get("runs").get(0).get("budget"));
    }
}
