package dev.dartboard.export.csource;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;
import dev.dartboard.quant.Int8Interpreter;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.TestModels;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the generated library on an emulated Cortex-M4F: DS-CNN-S (random weights) built with
 * arm-none-eabi-gcc for QEMU's mps2-an386 board (the Nano 33 BLE's core, hard-float ABI, -Os), with a
 * startup file, linker script and driver from src/test/resources/export/csource/qemu/, and the inputs
 * embedded as a generated C array. The logits printed through semihosting must equal Int8Interpreter's
 * bit for bit. QEMU models no timing, so this checks the Thumb-2 / FPU code paths, not speed.
 */
class QemuCortexM4Test {
    static final Path RES = Path.of("src/test/resources/export/csource/qemu");
    static final int INPUTS = 5;

    @Test
    void dsCnnSLogitsAreBitExactOnCortexM4() throws Exception {
        logitsBitExact(TestModels.dsCnnS(51, 12), "qemu-m4");
    }

    /**
     * The DSP kernels' other paths: every op kind (RELU6 and ADD's activation range through SSUB8/SEL,
     * VALID stride-2 depthwise, 3×1 stride-2 conv) and odd shapes: a 9-tap im2col column (a tail
     * byte per dot product), 7 and 5 channels (a channel paired with its neighbour, a depthwise group
     * overlapping the one before), a stride-2 pointwise convolution over 7 input channels, 5×5 depthwise
     * windows clipped to 3, 4 and 5 columns, an odd pixel count.
     */
    @Test
    void otherOpKindsAndOddShapesAreBitExactOnCortexM4() throws Exception {
        logitsBitExact(TestModels.allOps(42, 6), "qemu-m4-all-ops");
        Random r = new Random(9);
        List<FloatOp> ops = List.of(
                op(r, FloatOp.Kind.CONV_2D, -1, 1, 7, 3, 1, FloatOp.Activation.RELU),            // 49×10×7, 9 taps
                op(r, FloatOp.Kind.CONV_2D, 0, 7, 5, 1, 2, FloatOp.Activation.RELU6),            // 25×5×5 stride-2 pointwise
                op(r, FloatOp.Kind.DEPTHWISE_CONV_2D, 1, 5, 5, 5, 1, FloatOp.Activation.RELU),   // 5×5 windows, 5 channels
                op(r, FloatOp.Kind.CONV_2D, 2, 5, 6, 1, 1, FloatOp.Activation.NONE),             // 125 pixels, depth 5
                new FloatOp(FloatOp.Kind.MAX_POOL_2D, new int[]{3}, 6, 3, 3, 2, 2, FloatOp.Padding.SAME, FloatOp.Activation.NONE, null, null),
                new FloatOp(FloatOp.Kind.MEAN, new int[]{4}, 6, 1, 1, 1, 1, FloatOp.Padding.VALID, FloatOp.Activation.NONE, null, null),
                op(r, FloatOp.Kind.FULLY_CONNECTED, 5, 6, 6, 1, 1, FloatOp.Activation.NONE));
        logitsBitExact(new FloatModel("odd-shapes", DataConfig.defaults(), new int[]{49, 10, 1}, ops, TestModels.labels(6)), "qemu-m4-odd");
    }

    /**
     * The DSP build's paths for layers whose requantization does not fit the fast form (a multiplier
     * above 1, a huge bias): forced for every layer with -DKWS_REFERENCE_REQUANT, DS-CNN-S and all-ops.
     */
    @Test
    void referenceRequantizationPathsAreBitExactOnCortexM4() throws Exception {
        logitsBitExact(TestModels.dsCnnS(51, 12), "qemu-m4-reference", "-DKWS_REFERENCE_REQUANT");
        logitsBitExact(TestModels.allOps(42, 6), "qemu-m4-reference-all-ops", "-DKWS_REFERENCE_REQUANT");
    }

    private static FloatOp op(Random r, FloatOp.Kind kind, int src, int in, int out, int k, int stride, FloatOp.Activation act) {
        int n = kind == FloatOp.Kind.DEPTHWISE_CONV_2D ? k * k * out : kind == FloatOp.Kind.FULLY_CONNECTED ? in * out : out * k * k * in;
        int fanIn = kind == FloatOp.Kind.DEPTHWISE_CONV_2D ? k * k : n / out;
        float[] w = new float[n], b = new float[out];
        for (int i = 0; i < n; i++) w[i] = (float) (r.nextGaussian() * Math.sqrt(2.0 / fanIn));
        for (int i = 0; i < out; i++) b[i] = (float) (r.nextGaussian() * 0.1);
        return new FloatOp(kind, new int[]{src}, out, k, k, stride, stride, FloatOp.Padding.SAME, act, w, b);
    }

    /** Builds fm's library for mps2-an386 (extra compiler flags) and checks INPUTS inputs' logits against Int8Interpreter. */
    private static void logitsBitExact(FloatModel fm, String name, String... cflags) throws Exception {
        assumeTrue(CortexM4BuildTest.tool("arm-none-eabi-gcc"),
                "skipped: no arm-none-eabi-gcc (apt-get install gcc-arm-none-eabi libnewlib-arm-none-eabi)");
        assumeTrue(CortexM4BuildTest.tool("qemu-system-arm"), "skipped: no qemu-system-arm (apt-get install qemu-system-arm)");
        QuantModel q = TestModels.quantized(fm);
        Path dir = Path.of("target", "csource-test", name);
        CSourceExporter.Result r = new CSourceExporter().export(q, dir);
        for (String f : List.of("startup.c", "main.c", "mps2-an386.ld"))
            Files.copy(RES.resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);

        List<byte[]> inputs = new ArrayList<>();
        for (float[] x : TestModels.inputs(7, INPUTS, fm.input()[0] * fm.input()[1])) inputs.add(q.quantizeInput(x));
        Files.writeString(dir.resolve("inputs.h"), inputsHeader(inputs));

        Path elf = dir.resolve("prog.elf");
        List<String> cc = new ArrayList<>(List.of("arm-none-eabi-gcc"));
        cc.addAll(CortexM4BuildTest.FLAGS);
        cc.addAll(List.of(cflags));
        cc.addAll(List.of("--specs=rdimon.specs", "-T", dir.resolve("mps2-an386.ld").toString(), "-Wl,--gc-sections",
                "-o", elf.toString(), dir.resolve("startup.c").toString(), dir.resolve("main.c").toString()));
        for (Path p : r.sources()) cc.add(p.toString());
        cc.add("-lm");
        HostBuild.run(cc, null);

        List<String> out = qemu(elf, 120);
        int begin = out.indexOf("BEGIN"), end = out.indexOf("END");
        assertTrue(begin >= 0 && end == begin + INPUTS + 1, "QEMU output:\n" + String.join("\n", out));
        Int8Interpreter java = new Int8Interpreter(q);
        for (int k = 0; k < INPUTS; k++) {
            byte[] expected = java.logits(inputs.get(k));
            String[] got = out.get(begin + 1 + k).trim().split(" ");
            assertEquals(expected.length, got.length, "input " + k + " logit count");
            for (int i = 0; i < expected.length; i++)
                assertEquals(expected[i], Integer.parseInt(got[i]), fm.name() + " " + String.join(" ", cflags)
                        + " on Cortex-M4 (QEMU) input " + k + " logit " + i);
            System.out.println(name + " input " + k + ": " + out.get(begin + 1 + k));
        }
    }

    static String inputsHeader(List<byte[]> inputs) {
        StringBuilder b = new StringBuilder("/* generated by QemuCortexM4Test */\n#include <stdint.h>\n#include \"kws.h\"\n");
        b.append("#define QEMU_INPUT_COUNT ").append(inputs.size()).append('\n');
        b.append("static const int8_t qemu_inputs[QEMU_INPUT_COUNT][KWS_INPUT_SIZE] = {\n");
        for (byte[] x : inputs) {
            b.append("  {");
            for (int i = 0; i < x.length; i++) {
                if (i > 0) b.append(i % 32 == 0 ? ",\n   " : ",");
                b.append(x[i]);
            }
            b.append("},\n");
        }
        return b.append("};\n").toString();
    }

    /** Runs the ELF on mps2-an386 with semihosting; deterministic (-icount shift=0); killed after the timeout. */
    static List<String> qemu(Path elf, int timeoutSeconds) throws IOException, InterruptedException {
        List<String> cmd = List.of("qemu-system-arm", "-M", "mps2-an386", "-nographic", "-semihosting",
                "-icount", "shift=0", "-monitor", "none", "-serial", "none", "-kernel", elf.toString());
        Path log = elf.resolveSibling("qemu.out");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new IOException("QEMU timed out after " + timeoutSeconds + " s:\n" + Files.readString(log));
        }
        String out = Files.readString(log);
        if (p.exitValue() != 0) throw new IOException(String.join(" ", cmd) + " exited " + p.exitValue() + ":\n" + out);
        return out.isBlank() ? List.of() : List.of(out.strip().split("\\R"));
    }
}
