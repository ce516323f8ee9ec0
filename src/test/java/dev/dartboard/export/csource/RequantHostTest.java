package dev.dartboard.export.csource;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The C kernels' shortened requantization (one arithmetic shift of a·b + 2^30 in place of the
 * sign-dependent nudge and a 64-bit division) equals the gemmlowp / TFLM reference form on edge
 * values and 20 million random (x, multiplier, shift) triples: requant_check.c, built with the host gcc.
 * It also checks the kernels' fast form (rq_fast: SMMULR of 2x, then (h - sign) >> (r - 1) rounded by
 * u - (u >> 1); SMMULR emulated in C here) on every triple inside its domain |x << left| < 2^30, at
 * least a million of them.
 */
class RequantHostTest {
    @Test
    void shortFormEqualsTheReferenceForm() throws Exception {
        assumeTrue(HostBuild.gccAvailable(), "skipped: no host gcc");
        Path dir = Files.createDirectories(Path.of("target", "csource-test", "requant"));
        Path exe = dir.resolve("requant_check");
        HostBuild.run(List.of("gcc", "-std=c99", "-Wall", "-Wextra", "-Werror", "-O2",
                "-I", "src/main/resources/dev/dartboard/export/csource", "-o", exe.toString(),
                "src/test/resources/export/csource/host/requant_check.c"), null);
        List<String> out = HostBuild.run(List.of(exe.toString()), null);
        assertEquals(1, out.size(), String.join("\n", out));
        assertTrue(out.get(0).matches("ok 200\\d{5}"), out.get(0));
    }
}
