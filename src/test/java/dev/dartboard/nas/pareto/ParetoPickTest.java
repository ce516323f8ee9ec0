package dev.dartboard.nas.pareto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.Budget;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Primitive;
import dev.dartboard.nas.cost.Costs;
import dev.dartboard.run.GenotypeJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Picking a point rewrites genotype.json (costs, budget, repairs kept consistent) and pareto.json's chosen; over budget is refused. */
class ParetoPickTest {
    static final Budget BUDGET = new Budget(30_000, 100_000, 80);
    final ObjectMapper json = new ObjectMapper();
    @TempDir Path run;

    static Genotype skipNet(String name, int width) {
        Genotype d = Genotype.dscnnS();
        List<Genotype.Layer> layers = new ArrayList<>();
        for (Genotype.Layer l : d.layers()) layers.add(new Genotype.Layer(Primitive.SKIP, width, 1));
        return new Genotype(name, d.dataConfig(), new Genotype.Stem(width, 10, 4, 2, 2), layers);
    }

    void writeRun() throws IOException {
        List<ParetoPoint> pts = List.of(
                new ParetoPoint(0, ParetoPoint.DECODED, 0.8, new Costs(90_000, 28_000, 70, 5000, 900, Map.of()), true, Genotype.dscnnS()),
                new ParetoPoint(1, ParetoPoint.SAMPLE, 0.9, new Costs(120_000, 40_000, 95, 9000, 1900, Map.of()), false, skipNet("p1", 16)),
                new ParetoPoint(2, ParetoPoint.REPAIRED, 0.7, new Costs(50_000, 20_000, 40, 3000, 500, Map.of()), true, skipNet("p2", 8)));
        new ParetoJson(json).write(run.resolve(ParetoJson.FILE), new ParetoFront("nano33ble", BUDGET, pts, ParetoFront.nonDominated(pts), 0));
        Map<String, Object> g = new LinkedHashMap<>(GenotypeJson.of(Genotype.dscnnS()));
        g.put("sram", 28_000);
        g.put("flash", 90_000);
        g.put("latencyMs", 70.0);
        g.put("budget", Map.of("sram", BUDGET.sramBytes(), "flash", BUDGET.flashBytes(), "latencyMs", BUDGET.latencyMs()));
        g.put("repairs", List.of("layer 0: conv-3x3 → dw-sep-3x3 (flash 120000 B > 100000 B)"));
        g.put("search", Map.of("steps", 12));
        Files.write(run.resolve(ParetoPick.GENOTYPE), json.writeValueAsBytes(g));
    }

    @Test
    void aPointOverBudgetIsRefusedAndNothingChanges() throws IOException {
        writeRun();
        byte[] genotype = Files.readAllBytes(run.resolve(ParetoPick.GENOTYPE)), pareto = Files.readAllBytes(run.resolve(ParetoJson.FILE));
        String m = assertThrows(IllegalArgumentException.class, () -> new ParetoPick(json).pick(run, 1)).getMessage();
        assertTrue(m.contains("Pareto point 1 does not fit") && m.contains("SRAM 40000 B of 30000 B") && m.contains("[2, 0]"), m);
        assertArrayEquals(genotype, Files.readAllBytes(run.resolve(ParetoPick.GENOTYPE)));
        assertArrayEquals(pareto, Files.readAllBytes(run.resolve(ParetoJson.FILE)));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ParetoPick(json).pick(run, 7)).getMessage().contains("ids 0..2"));
    }

    @Test
    void aFittingPointBecomesTheRunsModelAndTheDecodedOneCanComeBack() throws IOException {
        writeRun();
        new ParetoPick(json).pick(run, 2);
        JsonNode g = json.readTree(run.resolve(ParetoPick.GENOTYPE).toFile());
        assertEquals(skipNet("p2", 8), GenotypeJson.read(g, "genotype.json"));
        assertEquals(20_000, g.get("sram").asLong());
        assertEquals(50_000, g.get("flash").asLong());
        assertEquals(40.0, g.get("latencyMs").asDouble());
        assertEquals(3000, g.get("macs").asLong());
        assertEquals(30_000, g.get("budget").get("sram").asLong());
        assertEquals(1, g.get("repairs").size());
        assertEquals(12, g.get("search").get("steps").asInt(), "the search section is kept");
        assertEquals(2, new ParetoJson(json).read(run.resolve(ParetoJson.FILE)).chosen());
        new ParetoPick(json).pick(run, 0);
        JsonNode back = json.readTree(run.resolve(ParetoPick.GENOTYPE).toFile());
        assertEquals(Genotype.dscnnS(), GenotypeJson.read(back, "genotype.json"));
        assertEquals(28_000, back.get("sram").asLong());
        assertEquals("layer 0: conv-3x3 → dw-sep-3x3 (flash 120000 B > 100000 B)", back.get("repairs").get(0).asText());
        assertEquals(0, new ParetoJson(json).read(run.resolve(ParetoJson.FILE)).chosen());
    }
}
