package dev.dartboard.nas.pareto;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.Budget;
import dev.dartboard.model.Genotype;
import dev.dartboard.nas.cost.Costs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ParetoJsonTest {
    @TempDir Path dir;

    private static ParetoPoint point(int id, double acc, long sram, long flash, double ms, boolean fits) {
        return new ParetoPoint(id, ParetoPoint.SAMPLE, acc, new Costs(flash, sram, ms, 1000 + id, 100 + id, Map.of()), fits, Genotype.dscnnS());
    }

    @Test
    void frontKeepsOnlyNonDominatedFittingPointsBySramAscending() {
        List<ParetoPoint> pts = List.of(
                point(0, 0.80, 20_000, 50_000, 50, true),   // front
                point(1, 0.70, 25_000, 60_000, 60, true),   // dominated by 0
                point(2, 0.90, 30_000, 50_000, 50, true),   // front: most accurate
                point(3, 0.95, 10_000, 10_000, 10, false),  // dominates all but does not fit
                point(4, 0.60, 12_000, 70_000, 90, true));  // front: least SRAM
        assertEquals(List.of(4, 0, 2), ParetoFront.nonDominated(pts));
        assertTrue(pts.get(0).dominates(pts.get(1)));
        assertFalse(pts.get(0).dominates(pts.get(0)), "a point never dominates itself");
    }

    @Test
    void roundTripsThroughTheFile() throws IOException {
        List<ParetoPoint> pts = List.of(point(0, 0.8, 20_000, 50_000, 50.5, true), point(1, 0.9, 30_000, 40_000, 70.25, false));
        ParetoFront f = new ParetoFront("nano33ble", new Budget(24_000, 256_000, 100), pts, ParetoFront.nonDominated(pts), 0);
        ParetoJson io = new ParetoJson(new ObjectMapper());
        Path file = dir.resolve("run/pareto.json");
        io.write(file, f);
        ParetoFront back = io.read(file);
        assertEquals(f.board(), back.board());
        assertEquals(f.budget(), back.budget());
        assertEquals(List.of(0), back.front());
        assertEquals(0, back.chosen());
        for (int i = 0; i < pts.size(); i++) {
            ParetoPoint a = pts.get(i), b = back.points().get(i);
            assertEquals(a.accuracy(), b.accuracy());
            assertEquals(a.costs().sramBytes(), b.costs().sramBytes());
            assertEquals(a.costs().flashBytes(), b.costs().flashBytes());
            assertEquals(a.costs().latencyMs(), b.costs().latencyMs());
            assertEquals(a.costs().macs(), b.costs().macs());
            assertEquals(a.fits(), b.fits());
            assertEquals(a.genotype(), b.genotype());
        }
    }

    @Test
    void missingOrForeignFilesNameTheFile() throws IOException {
        ParetoJson io = new ParetoJson(new ObjectMapper());
        Path none = dir.resolve("nope.json");
        assertTrue(assertThrows(IOException.class, () -> io.read(none)).getMessage().contains("nope.json"));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"points\":[{\"id\":0,\"genotype\":{\"dataConfig\":{\"type\":\"wavelet\"}}}],\"chosen\":0,"
                + "\"budget\":{\"sram\":1,\"flash\":1,\"latencyMs\":1}}");
        assertTrue(assertThrows(IOException.class, () -> io.read(bad)).getMessage().contains("bad.json"));
    }
}
