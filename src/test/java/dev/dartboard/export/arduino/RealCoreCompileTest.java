package dev.dartboard.export.arduino;

import dev.dartboard.export.csource.CSourceExporter;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;
import dev.dartboard.model.FrontEndArithmetic;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Genotype.Layer;
import dev.dartboard.model.Genotype.Stem;
import dev.dartboard.model.Primitive;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.TestModels;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 19's board check: the exported Arduino library (sources and the kws_micro example) of three genotypes and the
 * firmware sketch compile against the real Arduino mbed core for the Nano 33 BLE with its own flags
 * ({@link ArduinoCore}: compile-check.sh, softfp), without a warning in our files, and every symbol they still need
 * comes from the core, the PDM library, libc, libm or libgcc. Skipped, with the reason, where the core's headers
 * (DARTBOARD_ARDUINO_CORE or -Ddartboard.arduinoCore) or the ARM toolchain are missing.
 */
class RealCoreCompileTest {
    private static final Path WORK = Path.of("target", "arduino-core-check");
    private static final List<String> LABELS = IntStream.range(0, 12).mapToObj(i -> "w" + i).toList();

    /** DS-CNN-S (MFCC, 16 kHz), a small searched-style network on log-mel, and one at 8 kHz (the sketch decimates). */
    static List<Genotype> genotypes() {
        return List.of(Genotype.dscnnS(),
                new Genotype("conv-pool", new DataConfig(16000, FeatureType.LOG_MEL, 30, 20, 40, 0, 1000), new Stem(16, 3, 3, 1, 1),
                        List.of(new Layer(Primitive.CONV_3X3, 24, 2), new Layer(Primitive.MAX_POOL_3X3, 24, 1),
                                new Layer(Primitive.DW_SEP_5X5, 32, 2), new Layer(Primitive.AVG_POOL_3X3, 32, 1))),
                new Genotype("inv-res-8k", new DataConfig(8000, FeatureType.MFCC, 32, 16, 32, 13, 1000), new Stem(12, 5, 3, 2, 1),
                        List.of(new Layer(Primitive.INV_RES_3X3, 12, 1), new Layer(Primitive.INV_RES_3X3, 20, 2),
                                new Layer(Primitive.SKIP, 20, 1))));
    }

    @Test
    void arduinoLibrariesOfThreeGenotypesCompileAgainstTheCore() throws Exception {
        assumeTrue(ArduinoCore.skipReason() == null, ArduinoCore.skipReason());
        for (Genotype g : genotypes()) compiles(g);
    }

    /** The Q15 front end's library (int64 arithmetic, int16 tables) builds with the core's flags too. */
    @Test
    void q15FrontEndLibraryCompilesAgainstTheCore() throws Exception {
        assumeTrue(ArduinoCore.skipReason() == null, ArduinoCore.skipReason());
        Genotype ds = Genotype.dscnnS();
        compiles(new Genotype("dscnn-s-q15", ds.dataConfig().withArithmetic(FrontEndArithmetic.Q15), ds.stem(), ds.layers()));
    }

    private static void compiles(Genotype g) throws Exception {
        CostModel costs = new CostModel(new BoardProfiles().load("nano33ble"), new GenotypeLowering());
        FloatModel fm = randomWeights(new GenotypeLowering().lower(g, LABELS), 3);
        QuantModel q = TestModels.quantized(fm);
        Path lib = new ArduinoLibraryExporter(new CSourceExporter(), Publisher.PLACEHOLDER).export(q, costs.of(fm), WORK.resolve(g.name()));
        List<Path> files = new ArrayList<>(files(lib.resolve("src"), ".c"));
        files.add(lib.resolve("examples/kws_micro/kws_micro.ino"));
        ArduinoCore.Check c = ArduinoCore.compile(WORK.resolve(g.name() + "-objects"), files, List.of(lib.resolve("src")));
        String report = g.name() + ":\n" + String.join("\n", c.output());
        System.out.println(report);
        assertEquals(0, c.exit(), report);
        assertEquals(List.of(), c.messagesAbout(lib), report);
        assertTrue(c.needed().contains("PDMClass::begin(int, int)"), "the example uses the core's PDM library: " + c.needed());
        assertEquals(Map.of(), ArduinoCore.outside(c.needed(), WORK), report);
        assertEquals(List.of(), ArduinoLibraryTest.specificationProblems(lib), lib + "/library.properties");
    }

    @Test
    void firmwareSketchCompilesAgainstTheCore() throws Exception {
        assumeTrue(ArduinoCore.skipReason() == null, ArduinoCore.skipReason());
        Path sketch = Path.of("firmware/arduino/dartboard_fw");
        assertEquals(0, new ProcessBuilder("make", "-s", "-C", "firmware", "sketch").inheritIO().start().waitFor(), "make sketch");
        List<Path> files = new ArrayList<>(List.of(sketch.resolve("dartboard_fw.ino")));
        files.addAll(files(sketch.resolve("src/core"), ".c"));
        ArduinoCore.Check c = ArduinoCore.compile(WORK.resolve("firmware-objects"), files, List.of(sketch));
        String report = "firmware:\n" + String.join("\n", c.output());
        System.out.println(report);
        assertEquals(0, c.exit(), report);
        assertEquals(List.of(), c.messagesAbout(Path.of("firmware")), report);
        assertEquals(Map.of(), ArduinoCore.outside(c.needed(), WORK), report);
        assertTrue(c.needed().contains("mbed_stats_heap_get"), "free RAM comes from Mbed's heap statistics: " + c.needed());
    }

    /**
     * The check can fail: a sketch with the old firmware's {@code extern char *sbrk(int)} inside a function (C++ linkage,
     * which libc does not define) and a function nobody defines is reported for exactly those two, while the core's
     * millis(), libc's memset and libm's logf pass.
     */
    @Test
    void symbolsTheCoreDoesNotProvideAreReported() throws Exception {
        assumeTrue(ArduinoCore.skipReason() == null, ArduinoCore.skipReason());
        Path dir = Files.createDirectories(WORK.resolve("negative"));
        Path ino = dir.resolve("negative.ino");
        Files.writeString(ino, """
                #include <math.h>
                #include <string.h>
                extern "C" int dartboard_nowhere(int);
                static char buf[16];
                void setup() { memset(buf, millis() & 1, sizeof buf); }
                void loop() {
                  char top;
                  extern char *sbrk(int);
                  buf[0] = (char)(&top - sbrk(0)) + (char)logf(buf[1] + 1.0f) + (char)dartboard_nowhere(buf[2]);
                }
                """);
        ArduinoCore.Check c = ArduinoCore.compile(dir.resolve("objects"), List.of(ino), List.of());
        assertEquals(0, c.exit(), String.join("\n", c.output()));
        assertTrue(c.needed().containsAll(List.of("millis", "memset", "logf")), c.needed().toString());
        assertEquals(java.util.Set.of("sbrk(int)", "dartboard_nowhere"), ArduinoCore.outside(c.needed(), WORK).keySet());
    }

    private static List<Path> files(Path dir, String ext) throws IOException {
        try (Stream<Path> s = Files.list(dir)) { return s.filter(p -> p.toString().endsWith(ext)).sorted().toList(); }
    }

    /** He-initialised weights, small biases (the values only matter to the quantizer, not to the compile). */
    static FloatModel randomWeights(FloatModel m, long seed) {
        Random r = new Random(seed);
        for (FloatOp op : m.ops()) {
            if (op.weights() == null) continue;
            double fanIn = Math.max(1, op.weights().length / Math.max(1, op.outChannels()));
            for (int i = 0; i < op.weights().length; i++) op.weights()[i] = (float) (r.nextGaussian() / Math.sqrt(fanIn / 2));
            for (int i = 0; i < op.bias().length; i++) op.bias()[i] = (float) (r.nextGaussian() * 0.05);
        }
        return m;
    }
}
