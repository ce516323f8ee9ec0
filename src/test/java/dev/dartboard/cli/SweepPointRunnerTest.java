package dev.dartboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.DataSpace;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.Primitive;
import dev.dartboard.model.SearchSpace;
import dev.dartboard.nas.DataSpaces;
import dev.dartboard.nas.SearchSpaceFile;
import dev.dartboard.nas.SpacePresets;
import dev.dartboard.sweep.GridPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sweep point as the CLI's arguments and space file (no search runs here: SweepSparkTest runs them). */
class SweepPointRunnerTest {
    static final String FE = "{\"sampleRates\":[8000],\"types\":[\"MFCC\",\"LOG_MEL\"],\"windowMs\":[32.0],\"hopMs\":[16.0],"
            + "\"melBins\":[20],\"coeffs\":[10],\"clipMs\":[1000.0]}";
    @TempDir Path dir;

    GridPoint point(String space, String frontEnd, List<String> search) {
        return new GridPoint(0, "p000", "/data", List.of("yes", "no"), "nano33ble", "24k", null, "200ms", 5, space, frontEnd, search, null);
    }

    @Test
    void aPointBecomesTheSearchCommandLineWithOneThreadUnlessTheGridSaysOtherwise() {
        Path run = Path.of("/sw/points/p000");
        assertEquals(List.of("--data", "/data", "--out", "/sw/points/p000", "--board", "nano33ble", "--seed", "5", "--space", "default",
                        "--sram", "24k", "--latency", "200ms", "--words", "yes,no", "--threads", "1", "--epochs", "2"),
                SweepPointRunner.searchArgs(point("default", null, List.of("--epochs", "2")), run, Path.of("/s.json"), false));
        List<String> resumed = SweepPointRunner.searchArgs(point("default", FE, List.of("--threads", "2")), run, Path.of("/s.json"), true);
        assertEquals("/s.json", resumed.get(resumed.indexOf("--space") + 1), "a point with front-end bounds searches its own space file");
        assertEquals(1, resumed.stream().filter("--threads"::equals).count());
        assertEquals("--resume", resumed.get(resumed.size() - 1));
    }

    @Test
    void frontEndBoundsReplaceTheSpacesFrontEndsAndKeepItsNetwork() throws Exception {
        Path space = dir.resolve("space.json");
        Files.writeString(space, "{\"dataConfigs\":[{\"sampleRate\":16000,\"type\":\"MFCC\",\"windowMs\":40,\"hopMs\":20,\"melBins\":40,"
                + "\"coeffs\":10,\"clipMs\":1000}],\"stemChannels\":8,\"layers\":3,\"widths\":[4,8],\"primitives\":[\"conv-3x3\",\"skip\"]}");
        Path out = dir.resolve("p000.space.json");
        Files.write(out, SweepPointRunner.spaceWithFrontEnd(new ObjectMapper(), point(space.toString(), FE, List.of())));
        SearchSpace s = new SearchSpaceFile().read(out, 8);
        DataSpace bounds = new DataSpace(List.of(8000), List.of(FeatureType.MFCC, FeatureType.LOG_MEL), List.of(32.0), List.of(16.0),
                List.of(20), List.of(10), List.of(1000.0));
        assertEquals(DataSpaces.select(bounds, 8), s.dataConfigs());
        assertEquals(2, s.dataConfigs().size());
        assertEquals(8, s.stemChannels());
        assertEquals(3, s.layers());
        assertEquals(List.of(4, 8), s.widths());
        assertEquals(List.of(Primitive.parse("conv-3x3"), Primitive.parse("skip")), s.primitives());

        Files.write(out, SweepPointRunner.spaceWithFrontEnd(new ObjectMapper(), point("default", FE, List.of())));
        SearchSpace preset = new SearchSpaceFile().read(out, 8);
        assertEquals(SpacePresets.network(DataSpaces.select(bounds, 8)), preset, "a preset's network over the bounds");
    }

    @Test
    void checkRefusesBadOptionsNamingThePoint() {
        SweepPointRunner r = new SweepPointRunner();
        String m = assertThrows(IllegalArgumentException.class, () -> r.check(point("default", null, List.of("--epochs", "two")))).getMessage();
        assertTrue(m.startsWith("p000: ") && m.contains("--epochs") && m.contains("two"), m);
        m = assertThrows(IllegalArgumentException.class, () -> r.check(point("nope", null, List.of()))).getMessage();
        assertTrue(m.startsWith("p000: unknown search space 'nope'"), m);
        m = assertThrows(IllegalArgumentException.class, () -> r.check(point("default", null, List.of("--frobnicate", "1")))).getMessage();
        assertTrue(m.startsWith("p000: ") && m.contains("--frobnicate"), m);
        r.check(point("default", null, List.of("--epochs", "2", "--rank", "2")));
    }
}
