package dev.dartboard.export.card;

import dev.dartboard.export.arduino.ArduinoCore;
import dev.dartboard.export.csource.CSourceExporter;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.TestModels;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The model card measures the C library as the Nano 33 BLE's Arduino core builds it: the core's float ABI (softfp:
 * objects without the hard-float calling convention tag), the core's code-generation flags (variant cflags.txt),
 * and so the same section sizes as the core's own compile-check.sh reports for the same sources.
 */
class ArmBuildProbeTest {
    private static final Path WORK = Path.of("target", "arm-build-probe");

    private static QuantModel model() {
        return TestModels.quantized(TestModels.dsCnnS(5, 12));
    }

    @Test
    void objectsUseTheCoresSoftFloatAbi() throws Exception {
        assumeTrue(tool("arm-none-eabi-gcc") && tool("arm-none-eabi-readelf"), "skipped: no arm-none-eabi-gcc (apt-get install gcc-arm-none-eabi)");
        Path work = clean(WORK.resolve("abi"));
        assertTrue(new ArmBuildProbe(new CSourceExporter()).measure(model(), work).isPresent());
        List<Path> objects = files(work, ".o");
        assertFalse(objects.isEmpty());
        for (Path o : objects) {
            String attrs = exec(List.of("arm-none-eabi-readelf", "-A", o.toString()));
            assertTrue(attrs.contains("Tag_FP_arch: VFPv4-D16"), o + " uses the FPU:\n" + attrs);
            assertFalse(attrs.contains("Tag_ABI_VFP_args: VFP registers"), o + " is built for the hard-float ABI:\n" + attrs);
        }
    }

    @Test
    void flagsAreTheCoresCodeGenerationFlags() throws Exception {
        assumeTrue(ArduinoCore.dir() != null, "skipped: no Arduino mbed core headers (-D" + ArduinoCore.PROPERTY + "=DIR)");
        Set<String> core = new HashSet<>();
        for (String f : Files.readAllLines(ArduinoCore.dir().resolve("variants/ARDUINO_NANO33BLE/cflags.txt")))
            if (f.matches("-(O.*|m.*|std=.*|f.*)") && !f.startsWith("-fmessage-length")) core.add(f.strip());
        assertEquals(core, new HashSet<>(ArmBuildProbe.FLAGS));
    }

    @Test
    void measuredSizesEqualTheCoresOwnBuild() throws Exception {
        assumeTrue(ArduinoCore.skipReason() == null, ArduinoCore.skipReason());
        Path work = clean(WORK.resolve("sizes"));
        MeasuredSizes m = new ArmBuildProbe(new CSourceExporter()).measure(model(), work).orElseThrow();
        ArduinoCore.Check c = ArduinoCore.compile(work.resolve("core"), files(work, ".c"), List.of(work));
        assertEquals(0, c.exit(), String.join("\n", c.output()));
        long text = 0, data = 0, bss = 0;
        for (String line : c.output()) {
            String[] f = line.strip().split("\\s+");
            if (f.length == 6 && f[0].matches("\\d+") && f[5].endsWith(".o")) {
                text += Long.parseLong(f[0]);
                data += Long.parseLong(f[1]);
                bss += Long.parseLong(f[2]);
            }
        }
        System.out.printf("card: text+rodata %d, data %d, bss %d; core build: text %d, data %d, bss %d%n",
                m.text() + m.rodata(), m.data(), m.bss(), text, data, bss);
        assertEquals(text, m.text() + m.rodata(), "code and constants");
        assertEquals(data, m.data());
        assertEquals(bss, m.bss());
    }

    private static Path clean(Path dir) throws IOException {
        if (Files.exists(dir)) try (Stream<Path> s = Files.walk(dir)) { s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
        return Files.createDirectories(dir);
    }

    private static List<Path> files(Path dir, String ext) throws IOException {
        try (Stream<Path> s = Files.list(dir)) { return s.filter(p -> p.toString().endsWith(ext)).sorted().toList(); }
    }

    private static boolean tool(String name) {
        try {
            return new ProcessBuilder(name, "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String exec(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(cmd)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", cmd) + ":\n" + out);
        return out;
    }
}
