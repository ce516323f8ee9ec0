package dev.dartboard.sweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The grid file: its axes' product in a fixed order, paths from the file's folder, refusals that name the field; the engine's lookup. */
class GridFileTest {
    @TempDir Path dir;

    Grid read(String json) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Path f = dir.resolve("grid.json");
        Files.writeString(f, json);
        return new GridFile().read(f);
    }

    @Test
    void theAxesMultiplyInOrderAndOptionsBecomeCliArguments() throws IOException {
        Files.writeString(dir.resolve("s.json"), "{\"preset\":\"default\"}");
        Grid g = read("{\"data\":\"data\",\"boards\":[\"nano33ble\",\"my.json\"],\"budgets\":[{\"sram\":\"24k\"},{\"sram\":32768,\"latency\":\"100ms\"}],"
                + "\"seeds\":[1,2,3],\"spaces\":[\"default\",\"s.json\"],\"frontEnds\":[{\"sampleRates\":[8000]}],"
                + "\"search\":{\"epochs\":2,\"superkernel\":true,\"pc\":false},\"train\":{\"epochs\":5}}");
        List<GridPoint> points = g.points();
        assertEquals(2 * 2 * 3 * 2, points.size());
        GridPoint p0 = points.get(0), last = points.get(points.size() - 1);
        assertEquals("p000", p0.id());
        assertEquals("p023", last.id());
        assertEquals(dir.resolve("data").toString(), p0.data());
        assertEquals("nano33ble", p0.board());
        assertEquals(dir.resolve("my.json").toString(), last.board(), "profile files from the grid's folder");
        assertEquals("24k", p0.sram());
        assertNull(p0.flash());
        assertEquals("32768", last.sram());
        assertEquals("100ms", last.latency());
        assertEquals(1, p0.seed());
        assertEquals(3, last.seed());
        assertEquals("default", p0.space());
        assertEquals(dir.resolve("s.json").toString(), last.space());
        assertEquals("{\"sampleRates\":[8000]}", p0.frontEnd());
        assertEquals(List.of("--epochs", "2", "--superkernel"), p0.searchArgs(), "true is a flag, false leaves it out");
        assertEquals(List.of("--epochs", "5"), p0.trainArgs());
        // boards outermost, then budgets, seeds, spaces: point 1 differs from point 0 in the space only
        assertEquals(p0.seed(), points.get(1).seed());
        assertEquals(dir.resolve("s.json").toString(), points.get(1).space());
        assertEquals(2, points.get(2).seed());
    }

    @Test
    void defaultsAreOneDefaultSpaceTheSpacesFrontEndsAndNoTraining() throws IOException {
        Grid g = read("{\"data\":\"data\",\"boards\":[\"nano33ble\"],\"budgets\":[{}],\"seeds\":[7]}");
        GridPoint p = g.points().get(0);
        assertEquals(1, g.points().size());
        assertEquals("default", p.space());
        assertNull(p.frontEnd());
        assertNull(p.trainArgs());
        assertEquals(List.of(), p.searchArgs());
    }

    @Test
    void mistakesAreRefusedNamingTheFileAndField() {
        String ok = "\"data\":\"data\",\"boards\":[\"nano33ble\"],\"budgets\":[{}],\"seeds\":[1]";
        assertRefused("{" + ok + ",\"seed\":[1]}", "unknown field 'seed'");
        assertRefused("{\"data\":\"data\",\"boards\":[],\"budgets\":[{}],\"seeds\":[1]}", "'boards' must be a non-empty list");
        assertRefused("{\"boards\":[\"nano33ble\"],\"budgets\":[{}],\"seeds\":[1]}", "'data' (the data set folder) is missing");
        assertRefused("{\"data\":\"nope\",\"boards\":[\"nano33ble\"],\"budgets\":[{}],\"seeds\":[1]}", "is not a folder");
        assertRefused("{" + ok.replace("{}", "{\"ram\":\"2k\"}") + "}", "'budgets': unknown field 'ram'");
        assertRefused("{" + ok.replace("[1]", "[1.5]") + "}", "'seeds': 1.5 is not an integer");
        assertRefused("{" + ok + ",\"search\":{\"seed\":3}}", "'search.seed' is set by the sweep itself");
        assertRefused("{" + ok + ",\"train\":{\"genotype\":\"x\"}}", "'train.genotype' is set by the sweep itself");
        assertRefused("{" + ok + ",\"spaces\":[\"missing.json\"]}", "missing.json not found");
    }

    private void assertRefused(String json, String part) {
        String m = assertThrows(IOException.class, () -> read(json)).getMessage();
        assertTrue(m.startsWith(dir.resolve("grid.json") + ": ") && m.contains(part), m);
    }

    @Test
    void localMastersGetRetriesOthersStayAsGiven() {
        assertEquals("local[2,3]", SweepEngines.withRetries("local[2]", 3));
        assertEquals("local[*,2]", SweepEngines.withRetries("local[*]", 2));
        assertEquals("local[1,4]", SweepEngines.withRetries("local", 4));
        assertEquals("local[2,5]", SweepEngines.withRetries("local[2,5]", 3), "an explicit retry count is kept");
        assertEquals("spark://h:7077", SweepEngines.withRetries("spark://h:7077", 3));
        assertEquals("local-cluster[2,1,1024]", SweepEngines.withRetries("local-cluster[2,1,1024]", 3));
    }

    @Test
    void withoutSparkTheEngineLookupSaysWhatToDo() throws IOException {
        try (URLClassLoader bare = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> SweepEngines.spark(bare));
            assertEquals(SweepEngines.MISSING, e.getMessage());
            assertTrue(e.getMessage().contains("spark-submit") && e.getMessage().contains("target/spark-classpath.txt"));
        }
        assertEquals("dev.dartboard.sweep.spark.SparkSweep", SweepEngines.spark(getClass().getClassLoader()).getClass().getName(),
                "found where Spark is (the test classpath has it)");
    }
}
