package dev.dartboard.export.csource;

import dev.dartboard.model.FloatModel;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.Costs;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.model.FrontEndArithmetic;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.TestModels;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Builds the generated library for the Nano 33 BLE's core (arm-none-eabi-gcc -mcpu=cortex-m4 -mthumb
 * -mfpu=fpv4-sp-d16 -mfloat-abi=hard -Os, one section per function/object) and reads the section sizes
 * with arm-none-eabi-size -A. Flash = text + rodata + data; SRAM = data + bss (the arena is in bss).
 * Writes target/csource-test/m4-sizes.txt for the cost-model comparison.
 */
class CortexM4BuildTest {
    static final List<String> FLAGS = List.of("-std=c99", "-Wall", "-Werror", "-mcpu=cortex-m4", "-mthumb", "-mfpu=fpv4-sp-d16",
            "-mfloat-abi=hard", "-Os", "-ffunction-sections", "-fdata-sections");

    @Test
    void dsCnnSSizesOnCortexM4() throws Exception {
        assumeTrue(tool("arm-none-eabi-gcc"), "skipped: no arm-none-eabi-gcc (apt-get install gcc-arm-none-eabi libnewlib-arm-none-eabi)");
        QuantModel q = TestModels.quantized(TestModels.dsCnnS(51, 12));
        Path dir = Path.of("target", "csource-test", "m4");
        CSourceExporter.Result r = new CSourceExporter().export(q, dir);
        Map<String, Long> s = sections(r);
        long text = s.getOrDefault("text", 0L), ro = s.getOrDefault("rodata", 0L), data = s.getOrDefault("data", 0L), bss = s.getOrDefault("bss", 0L);
        long arena = r.arena().bytes();
        String report = String.format("ds-cnn-s-random (%d params, %d weight+bias bytes, %d MACs)%ntext %d%nrodata %d%ndata %d%nbss %d%narena %d%nflash %d%nsram %d%n",
                TestModels.dsCnnS(51, 12).parameters(), q.weightBytes(), q.ops().stream().mapToLong(o -> o.macs()).sum(),
                text, ro, data, bss, arena, text + ro + data, data + bss);
        Files.writeString(dir.getParent().resolve("m4-sizes.txt"), report);
        System.out.print(report);
        assertEquals(16000, arena);                                    // two live 25×5×64 int8 maps
        assertTrue(bss >= arena && bss <= arena + 8 * 1024, "bss " + bss + " = arena + front-end scratch");
        assertTrue(ro >= q.weightBytes() && ro <= q.weightBytes() + 24 * 1024, "rodata " + ro + " = weights + tables");
        assertTrue(text < 12 * 1024, "kernels (DSP assembly included) and front end stay small: " + text);
        agreesWithTheCostModel(TestModels.dsCnnS(51, 12), text + ro + data, data + bss);
    }

    /** Every source of {@code r} compiled for the M4; the summed size of each section (text, rodata, data, bss, …). */
    private static Map<String, Long> sections(CSourceExporter.Result r) throws Exception {
        Map<String, Long> s = new TreeMap<>();
        for (Path c : r.sources()) {
            Path o = Path.of(c.toString().replace(".c", ".o"));
            List<String> cmd = new ArrayList<>(List.of("arm-none-eabi-gcc"));
            cmd.addAll(FLAGS);
            cmd.addAll(List.of("-c", c.toString(), "-o", o.toString()));
            HostBuild.run(cmd, null);
            for (String line : HostBuild.run(List.of("arm-none-eabi-size", "-A", o.toString()), null)) add(s, line);
        }
        return s;
    }

    /** The Q15 front end's library (int16 tables, int32 / uint64 scratch) agrees with the cost model the same way. */
    @Test
    void q15FrontEndSizesOnCortexM4() throws Exception {
        assumeTrue(tool("arm-none-eabi-gcc"), "skipped: no arm-none-eabi-gcc (apt-get install gcc-arm-none-eabi libnewlib-arm-none-eabi)");
        FloatModel f = TestModels.dsCnnS(51, 12);
        FloatModel m = new FloatModel(f.name(), f.dataConfig().withArithmetic(FrontEndArithmetic.Q15), f.input(), f.ops(), f.labels());
        CSourceExporter.Result r = new CSourceExporter().export(TestModels.quantized(m), Path.of("target", "csource-test", "m4-q15"));
        Map<String, Long> s = sections(r);
        long text = s.getOrDefault("text", 0L), ro = s.getOrDefault("rodata", 0L), data = s.getOrDefault("data", 0L), bss = s.getOrDefault("bss", 0L);
        System.out.printf("q15: text %d rodata %d data %d bss %d%n", text, ro, data, bss);
        agreesWithTheCostModel(m, text + ro + data, data + bss);
    }

    /**
     * docs/architecture.md#cost-model: the search's estimate agrees within 10% with the built library. The library owns
     * weights, tables, code, the arena and the FFT/mel scratch; the PCM ring, DMA buffers and feature
     * matrix belong to the sketch that streams audio into it, so they are left out of both sides.
     */
    private static void agreesWithTheCostModel(FloatModel m, long flash, long sram) throws Exception {
        Costs c = new CostModel(new BoardProfiles().load("nano33ble"), new GenotypeLowering()).of(m);
        Map<String, Long> p = c.breakdown();
        long estFlash = c.flashBytes();
        long estSram = p.get("arena") + p.get("frontend.fftWork") + p.get("frontend.melWork");
        System.out.printf("cost model: flash %d (built %d, %+.1f%%), library SRAM %d (built %d, %+.1f%%)%n",
                estFlash, flash, 100.0 * (estFlash - flash) / flash, estSram, sram, 100.0 * (estSram - sram) / sram);
        assertEquals(flash, estFlash, 0.10 * flash, "flash estimate vs arm-none-eabi-size");
        assertEquals(sram, estSram, 0.10 * sram, "SRAM estimate vs arm-none-eabi-size");
    }

    private static void add(Map<String, Long> sizes, String line) {
        String[] f = line.trim().split("\\s+");
        if (f.length < 2 || !f[0].startsWith(".") || !f[1].matches("\\d+")) return;
        String kind = f[0].substring(1).split("\\.")[0];
        sizes.merge(kind, Long.parseLong(f[1]), Long::sum);
    }

    static boolean tool(String name) {
        try {
            return new ProcessBuilder(name, "--version").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
