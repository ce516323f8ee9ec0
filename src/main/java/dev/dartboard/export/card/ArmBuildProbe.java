package dev.dartboard.export.card;

import dev.dartboard.export.csource.CSourceExporter;
import dev.dartboard.quant.QuantModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Measures the exported C library as the Nano 33 BLE's core builds it: {@code arm-none-eabi-gcc} with the
 * code-generation flags of the Arduino mbed core's C recipe for the board (variant ARDUINO_NANO33BLE's
 * {@code cflags.txt}: {@code -std=gnu11 -mcpu=cortex-m4 -mthumb -mfpu=fpv4-sp-d16 -mfloat-abi=softfp -Os
 * -ffunction-sections -fdata-sections -fomit-frame-pointer -funsigned-char -fno-exceptions}; softfp, not hard:
 * the core passes floats in integer registers), then {@code arm-none-eabi-size -A} per object, sections summed by kind (.text.*, .rodata.*, .data.*, .bss.*).
 * Empty when the compiler is not installed. Blocks while compiling (seconds); thread-safe for distinct dirs.
 */
public final class ArmBuildProbe {
    static final List<String> FLAGS = List.of("-std=gnu11", "-mcpu=cortex-m4", "-mthumb", "-mfpu=fpv4-sp-d16",
            "-mfloat-abi=softfp", "-Os", "-ffunction-sections", "-fdata-sections", "-fomit-frame-pointer", "-funsigned-char",
            "-fno-exceptions");
    private final CSourceExporter csource;

    public ArmBuildProbe(CSourceExporter csource) {
        this.csource = csource;
    }

    /** Builds in a temporary folder, deleted afterwards. */
    public Optional<MeasuredSizes> measure(QuantModel m) throws IOException {
        Path work = Files.createTempDirectory("dartboard-m4-");
        try {
            return measure(m, work);
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** @param work a scratch folder (the library and objects are written there) */
    public Optional<MeasuredSizes> measure(QuantModel m, Path work) throws IOException {
        List<String> version = run(List.of("arm-none-eabi-gcc", "--version"), true);
        if (version.isEmpty()) return Optional.empty();
        Map<String, Long> s = new TreeMap<>();
        for (Path c : csource.export(m, work).sources()) {
            Path o = work.resolve(c.getFileName().toString().replace(".c", ".o"));
            List<String> cmd = new ArrayList<>(List.of("arm-none-eabi-gcc"));
            cmd.addAll(FLAGS);
            cmd.addAll(List.of("-c", c.toString(), "-o", o.toString()));
            run(cmd, false);
            for (String line : run(List.of("arm-none-eabi-size", "-A", o.toString()), false)) add(s, line);
        }
        return Optional.of(new MeasuredSizes(s.getOrDefault("text", 0L), s.getOrDefault("rodata", 0L),
                s.getOrDefault("data", 0L), s.getOrDefault("bss", 0L), version.get(0).strip()));
    }

    private static void add(Map<String, Long> sizes, String line) {
        String[] f = line.trim().split("\\s+");
        if (f.length < 2 || !f[0].startsWith(".") || !f[1].matches("\\d+")) return;
        sizes.merge(f[0].substring(1).split("\\.")[0], Long.parseLong(f[1]), Long::sum);
    }

    /** stdout+stderr lines; with {@code probe}, an empty list when the tool is missing or fails. */
    private static List<String> run(List<String> cmd, boolean probe) throws IOException {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                if (probe) return List.of();
                throw new IOException(String.join(" ", cmd) + " failed:\n" + out);
            }
            return List.of(out.split("\n"));
        } catch (IOException e) {
            if (probe) return List.of();
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", cmd), e);
        }
    }
}
