package dev.dartboard.export.csource;

import dev.dartboard.quant.QuantModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures a model's generated C library on QEMU's mps2-an386 (Cortex-M4F), built as
 * QemuCortexM4Test builds it (arm-none-eabi-gcc, Nano 33 BLE flags, -Os): latency.c times one
 * kws_infer and one clip of kws_features with SysTick under -icount shift=0 (exact instruction counts,
 * multiples of 40); a second ELF linked with ops.c's --wrap wrappers gives each kernel call's count.
 */
final class QemuLatency {
    private static final String WRAP = "-Wl,--wrap=kws_conv,--wrap=kws_depthwise,--wrap=kws_fully_connected,"
            + "--wrap=kws_avg_pool,--wrap=kws_max_pool,--wrap=kws_add,--wrap=kws_mean";

    /** One kernel call: ops.c's kind (conv, pointwise, depthwise, fc, avgpool, maxpool, add, mean) and instructions. */
    record Op(String kind, long instructions) { }

    /**
     * Instructions of one inference, of one clip's features (frames of them), per kernel call in order; the logits;
     * a Q15 front end's features of latency.c's clip in Q16 (else null).
     */
    record Result(long infer, long features, int frames, List<Op> ops, byte[] logits, long[] q16) { }

    private QemuLatency() { }

    static boolean toolsPresent() {
        return CortexM4BuildTest.tool("arm-none-eabi-gcc") && CortexM4BuildTest.tool("qemu-system-arm");
    }

    static Result measure(QuantModel q, byte[] input, String name) throws Exception {
        Path dir = Path.of("target", "csource-test", "qemu-latency", name);
        CSourceExporter.Result r = new CSourceExporter().export(q, dir);
        for (String f : List.of("startup.c", "latency.c", "ops.c", "mps2-an386.ld"))
            Files.copy(QemuCortexM4Test.RES.resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve("inputs.h"), QemuCortexM4Test.inputsHeader(List.of(input)));
        Path lat = build(dir, r, "latency.elf", false), ops = build(dir, r, "ops.elf", true);
        long infer = -1, features = -1;
        int frames = -1;
        byte[] logits = null;
        long[] q16 = null;
        for (String line : QemuCortexM4Test.qemu(lat, 120)) {
            String[] f = line.trim().split(" ");
            if (f[0].equals("infer")) infer = Long.parseLong(f[1]);
            if (f[0].equals("features")) features = Long.parseLong(f[1]);
            if (f[0].equals("frames")) frames = Integer.parseInt(f[1]);
            if (f[0].equals("q16")) {
                q16 = new long[f.length - 1];
                for (int i = 1; i < f.length; i++) q16[i - 1] = Long.parseLong(f[i]);
            }
            if (f[0].equals("scores")) {
                logits = new byte[f.length - 1];
                for (int i = 1; i < f.length; i++) logits[i - 1] = Byte.parseByte(f[i]);
            }
        }
        List<Op> list = new ArrayList<>();
        for (String line : QemuCortexM4Test.qemu(ops, 120)) {
            String[] f = line.trim().split(" ");
            if (f[0].equals("op")) list.add(new Op(f[1], Long.parseLong(f[4])));
        }
        if (infer < 0 || features < 0 || frames < 0 || logits == null) throw new IllegalStateException(name + ": no counts from QEMU (" + lat + ")");
        return new Result(infer, features, frames, list, logits, q16);
    }

    private static Path build(Path dir, CSourceExporter.Result r, String elfName, boolean wrapped) throws Exception {
        Path elf = dir.resolve(elfName);
        List<String> cc = new ArrayList<>(List.of("arm-none-eabi-gcc"));
        cc.addAll(CortexM4BuildTest.FLAGS);
        cc.addAll(List.of("--specs=rdimon.specs", "-T", dir.resolve("mps2-an386.ld").toString(), "-Wl,--gc-sections",
                "-o", elf.toString(), dir.resolve("startup.c").toString(), dir.resolve("latency.c").toString()));
        if (wrapped) {
            cc.add(WRAP);
            cc.add(dir.resolve("ops.c").toString());
        }
        for (Path p : r.sources()) cc.add(p.toString());
        cc.add("-lm");
        HostBuild.run(cc, null);
        return elf;
    }
}
