package dev.dartboard.export.csource;

import dev.dartboard.features.FixedPointFrontEnd;
import dev.dartboard.features.MelFilterbank;
import dev.dartboard.model.BoardProfile;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.FrontEndArithmetic;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Genotype.Layer;
import dev.dartboard.model.Genotype.Stem;
import dev.dartboard.model.Primitive;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.Costs;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.nas.cost.KernelCycles;
import dev.dartboard.nas.cost.KernelWork;
import dev.dartboard.quant.Int8Interpreter;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.TestModels;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * docs/architecture.md#cost-model: the search's latency estimate (CostModel on the Nano 33 BLE profile) agrees within 15%
 * with the exported C library's instruction count on an emulated Cortex-M4F (QEMU mps2-an386, see
 * {@link QemuLatency}), taking one instruction as one cycle at the board's clock — for DS-CNN-S and
 * genotypes with 3×3 convolutions, pools, 5×5 depthwise, inverted residuals (ADD), odd channel counts,
 * MFCC and log-mel front ends at 16 and 8 kHz. Writes every kernel call's estimate and count to
 * target/csource-test/qemu-latency/ops.csv.
 */
public class QemuLatencyTest {
    static final double TOLERANCE = 0.15;
    public static final List<String> LABELS = IntStream.range(0, 12).mapToObj(i -> "w" + i).toList();

    /** DS-CNN-S, conv-pool, inv-res-8k, odd-widths (bench/device-speed.sh builds the first three). */
    public static List<Genotype> genotypes() {
        DataConfig logMel = new DataConfig(16000, FeatureType.LOG_MEL, 30, 20, 40, 0, 1000);
        DataConfig mfcc8k = new DataConfig(8000, FeatureType.MFCC, 32, 16, 32, 13, 1000);
        return List.of(Genotype.dscnnS(),
                new Genotype("conv-pool", logMel, new Stem(16, 3, 3, 1, 1), List.of(new Layer(Primitive.CONV_3X3, 24, 2),
                        new Layer(Primitive.MAX_POOL_3X3, 24, 1), new Layer(Primitive.DW_SEP_5X5, 32, 2),
                        new Layer(Primitive.AVG_POOL_3X3, 32, 1), new Layer(Primitive.SKIP, 40, 1))),
                new Genotype("inv-res-8k", mfcc8k, new Stem(12, 5, 3, 2, 1), List.of(new Layer(Primitive.INV_RES_3X3, 12, 1),
                        new Layer(Primitive.INV_RES_3X3, 20, 2), new Layer(Primitive.DW_SEP_3X3, 20, 1),
                        new Layer(Primitive.CONV_3X3, 20, 1))),
                new Genotype("odd-widths", DataConfig.defaults(), new Stem(10, 10, 4, 2, 2), List.of(
                        new Layer(Primitive.DW_SEP_3X3, 10, 1), new Layer(Primitive.CONV_3X3, 6, 1),
                        new Layer(Primitive.AVG_POOL_3X3, 6, 2), new Layer(Primitive.SKIP, 9, 1))));
    }

    /** Other shapes, on which KernelCycles' terms were fitted (the genotypes above are held out). */
    static List<Genotype> calibrationGenotypes() {
        return List.of(
                new Genotype("cal-a", new DataConfig(16000, FeatureType.MFCC, 25, 10, 20, 10, 1000), new Stem(8, 3, 3, 2, 1),
                        List.of(new Layer(Primitive.MAX_POOL_3X3, 8, 2), new Layer(Primitive.CONV_3X3, 16, 1),
                                new Layer(Primitive.DW_SEP_5X5, 16, 1), new Layer(Primitive.AVG_POOL_3X3, 16, 1),
                                new Layer(Primitive.INV_RES_3X3, 16, 1), new Layer(Primitive.SKIP, 24, 2))),
                new Genotype("cal-b", new DataConfig(8000, FeatureType.LOG_MEL, 40, 20, 24, 0, 1000), new Stem(20, 5, 5, 1, 2),
                        List.of(new Layer(Primitive.DW_SEP_3X3, 28, 2), new Layer(Primitive.CONV_3X3, 28, 1),
                                new Layer(Primitive.MAX_POOL_3X3, 28, 2), new Layer(Primitive.AVG_POOL_3X3, 28, 2),
                                new Layer(Primitive.INV_RES_3X3, 28, 1))),
                new Genotype("cal-c", new DataConfig(16000, FeatureType.MFCC, 64, 32, 64, 13, 1000), new Stem(32, 4, 4, 1, 1),
                        List.of(new Layer(Primitive.DW_SEP_3X3, 48, 1), new Layer(Primitive.DW_SEP_5X5, 48, 2),
                                new Layer(Primitive.MAX_POOL_3X3, 48, 1), new Layer(Primitive.SKIP, 64, 1),
                                new Layer(Primitive.CONV_3X3, 7, 1))),
                new Genotype("cal-d", new DataConfig(16000, FeatureType.LOG_MEL, 20, 10, 32, 0, 1000), new Stem(6, 3, 3, 2, 2),
                        List.of(new Layer(Primitive.AVG_POOL_3X3, 6, 1), new Layer(Primitive.DW_SEP_3X3, 6, 1),
                                new Layer(Primitive.CONV_3X3, 10, 2), new Layer(Primitive.MAX_POOL_3X3, 10, 1),
                                new Layer(Primitive.INV_RES_3X3, 10, 1))));
    }

    /** Front ends of other sizes: n_fft 128 to 2048, 16 to 80 mel bins, MFCC and log-mel, float and (the last three) Q15. */
    static List<DataConfig> frontEnds() {
        return List.of(new DataConfig(8000, FeatureType.MFCC, 16, 8, 16, 8, 1000),
                new DataConfig(8000, FeatureType.MFCC, 64, 32, 40, 20, 1000),
                new DataConfig(16000, FeatureType.LOG_MEL, 64, 32, 80, 0, 1000),
                new DataConfig(16000, FeatureType.LOG_MEL, 128, 64, 40, 0, 1000),
                new DataConfig(16000, FeatureType.MFCC, 30, 15, 48, 16, 1000),
                new DataConfig(8000, FeatureType.LOG_MEL, 25, 10, 40, 0, 1000),
                new DataConfig(16000, FeatureType.MFCC, 32, 16, 40, 13, 1000),
                new DataConfig(16000, FeatureType.LOG_MEL, 16, 8, 20, 0, 1000),
                new DataConfig(8000, FeatureType.LOG_MEL, 128, 64, 64, 0, 1000),
                new DataConfig(16000, FeatureType.MFCC, 50, 25, 64, 32, 1000),
                new DataConfig(8000, FeatureType.MFCC, 20, 10, 24, 12, 1000),
                new DataConfig(16000, FeatureType.LOG_MEL, 40, 20, 128, 0, 1000),
                new DataConfig(8000, FeatureType.MFCC, 20, 10, 24, 12, 1000, FrontEndArithmetic.Q15),
                new DataConfig(16000, FeatureType.LOG_MEL, 64, 32, 80, 0, 1000, FrontEndArithmetic.Q15),
                new DataConfig(16000, FeatureType.MFCC, 30, 15, 48, 16, 1000, FrontEndArithmetic.Q15));
    }

    @Test
    void everyKernelCallOfOtherShapesIsEstimatedWithin20Percent() throws Exception {
        assumeTrue(QemuLatency.toolsPresent(), SKIP);
        StringBuilder csv = new StringBuilder(OPS_HEADER);
        List<String> failures = new ArrayList<>();
        for (Genotype g : calibrationGenotypes()) {
            FloatModel fm = TestModels.withRandomWeights(new GenotypeLowering().lower(g, LABELS), 6);
            QemuLatency.Result r = measure(fm, g.name());
            for (int i = 0; i < fm.ops().size(); i++) {
                String line = opLine(g.name(), fm, i, r);
                csv.append(line).append('\n');
                double est = estimate(fm, i), got = r.ops().get(i).instructions();
                if (Math.abs(pct(est, got)) > 20) failures.add(line);
            }
        }
        Files.writeString(Path.of("target", "csource-test", "qemu-latency", "calibration-ops.csv"), csv);
        assertTrue(failures.isEmpty(), "kernel calls off by more than 20%:\n" + OPS_HEADER + String.join("\n", failures));
    }

    @Test
    void frontEndCyclesPerFrameAgreeForOtherSizes() throws Exception {
        assumeTrue(QemuLatency.toolsPresent(), SKIP);
        BoardProfile nano = new BoardProfiles().load("nano33ble");
        double cyclesPerInstruction = nano.cyclesPerMac() / KernelCycles.REFERENCE_CYCLES_PER_MAC;
        CostModel cm = new CostModel(nano, new GenotypeLowering());
        StringBuilder csv = new StringBuilder("config,sampleRate,type,win,nFft,melBins,melWeights,coeffs,features,frames,estimated,measured\n");
        List<String> failures = new ArrayList<>();
        int k = 0;
        for (DataConfig c : frontEnds()) {
            Genotype g = new Genotype("fe" + k, c, new Stem(4, 3, 3, 2, 2), List.of());
            FloatModel fm = TestModels.withRandomWeights(new GenotypeLowering().lower(g, LABELS), 7);
            QemuLatency.Result r = measure(fm, "fe" + k++);
            if (c.arithmetic() == FrontEndArithmetic.Q15) q15BitExact(c, r);
            double est = cm.of(fm).breakdown().get("cycles.frontend") / (double) c.frames();
            double got = r.features() * cyclesPerInstruction / r.frames();
            String line = String.format("%s,%d,%s,%d,%d,%d,%d,%d,%d,%d,%.0f,%.0f", g.name(), c.sampleRate(), c.type(), c.winSamples(),
                    c.nFft(), c.melBins(), melWeights(c), c.coeffs(), c.features(), c.frames(), est, got);
            csv.append(line).append('\n');
            System.out.println(line);
            if (Math.abs(pct(est, got)) > 100 * TOLERANCE) failures.add(line);
        }
        Files.writeString(Path.of("target", "csource-test", "qemu-latency", "frontend.csv"), csv);
        assertTrue(failures.isEmpty(), "front-end cycles per frame off by more than 15%:\n" + String.join("\n", failures));
    }

    @Test
    void estimatedLatencyAgreesWithCortexM4InstructionCounts() throws Exception {
        assumeTrue(QemuLatency.toolsPresent(), SKIP);
        BoardProfile nano = new BoardProfiles().load("nano33ble");
        double cyclesPerInstruction = nano.cyclesPerMac() / KernelCycles.REFERENCE_CYCLES_PER_MAC;
        CostModel cm = new CostModel(nano, new GenotypeLowering());
        StringBuilder csv = new StringBuilder(OPS_HEADER);
        List<String> report = new ArrayList<>(), failures = new ArrayList<>();
        for (Genotype g : genotypes()) {
            FloatModel fm = TestModels.withRandomWeights(new GenotypeLowering().lower(g, LABELS), 5);
            QemuLatency.Result r = measure(fm, g.name());
            for (int i = 0; i < fm.ops().size(); i++) csv.append(opLine(g.name(), fm, i, r)).append('\n');
            Costs c = cm.of(fm);
            double net = c.breakdown().get("cycles.network"), fe = c.breakdown().get("cycles.frontend");
            double netM = r.infer() * cyclesPerInstruction, feM = r.features() * cyclesPerInstruction;
            double ms = (netM + feM) * 1000.0 / nano.clockHz();
            report.add(String.format("%-11s network %,.0f cycles est / %,.0f QEMU (%+.1f%%), front end %,.0f / %,.0f (%+.1f%%, %,.0f per frame),"
                            + " latency %.2f ms est / %.2f ms QEMU (%+.1f%%)", g.name(), net, netM, pct(net, netM), fe, feM, pct(fe, feM),
                    feM / r.frames(), c.latencyMs(), ms, pct(c.latencyMs(), ms)));
            if (Math.abs(pct(net, netM)) > 100 * TOLERANCE || Math.abs(pct(fe, feM)) > 100 * TOLERANCE
                    || Math.abs(pct(c.latencyMs(), ms)) > 100 * TOLERANCE) failures.add(report.get(report.size() - 1));
        }
        Files.writeString(Path.of("target", "csource-test", "qemu-latency", "ops.csv"), csv);
        report.forEach(System.out::println);
        assertTrue(failures.isEmpty(), "estimates off by more than 15%:\n" + String.join("\n", failures));
    }

    /** The Q15 features the Cortex-M4 build computed for latency.c's clip equal Java's FixedPointFrontEnd bit for bit. */
    private static void q15BitExact(DataConfig c, QemuLatency.Result r) {
        short[] pcm = new short[c.clipSamples()];
        int seed = 12345;
        for (int i = 0; i < pcm.length; i++) {                 // latency.c's noise: an LCG, (seed >> 16) - 32768, / 8
            seed = seed * 1664525 + 1013904223;
            pcm[i] = (short) (((seed >>> 16) - 32768) / 8);
        }
        float[] java = new float[c.frames() * c.features()];
        new FixedPointFrontEnd(c).extract(pcm, java);
        assertEquals(java.length, r.q16().length, c.id());
        for (int i = 0; i < java.length; i++)
            assertEquals((long) (java[i] * 65536f), r.q16()[i], c.id() + " feature " + i + ": Cortex-M4 (QEMU) = Java");
        System.out.println(c.id() + ": Q15 features on Cortex-M4 (QEMU) = Java, bit for bit");
    }

    static final String SKIP = "skipped: needs arm-none-eabi-gcc and qemu-system-arm "
            + "(apt-get install gcc-arm-none-eabi libnewlib-arm-none-eabi qemu-system-arm)";
    static final String OPS_HEADER = "genotype,op,family,vector,tail,rows,outputs,setup,gather,estimated,measured\n";

    /**
     * Quantizes fm (min/max calibration), builds and runs it on QEMU with one input; its logits must
     * equal Int8Interpreter's (so every shape here also checks the kernels' DSP path bit for bit).
     */
    static QemuLatency.Result measure(FloatModel fm, String name) throws Exception {
        QuantModel q = TestModels.quantized(fm);
        byte[] input = q.quantizeInput(TestModels.inputs(7, 1, fm.input()[0] * fm.input()[1]).get(0));
        QemuLatency.Result r = QemuLatency.measure(q, input, name);
        assertEquals(fm.ops().size(), r.ops().size(), name + ": one kernel call per op");
        assertArrayEquals(new Int8Interpreter(q).logits(input), r.logits(), name + ": logits on Cortex-M4 (QEMU)");
        return r;
    }

    static double estimate(FloatModel fm, int i) {
        FloatOp op = fm.ops().get(i);
        return KernelCycles.instructions(op, input(fm, i), fm.shapes().get(i));
    }

    static String opLine(String name, FloatModel fm, int i, QemuLatency.Result r) {
        FloatOp op = fm.ops().get(i);
        KernelWork w = KernelWork.of(op, input(fm, i), fm.shapes().get(i));
        return String.format("%s,%d,%s,%d,%d,%d,%d,%d,%d,%.0f,%d", name, i, KernelCycles.Family.of(op, input(fm, i)), w.vector(), w.tail(),
                w.rows(), w.outputs(), w.setup(), w.gather(), estimate(fm, i), r.ops().get(i).instructions());
    }

    private static int[] input(FloatModel fm, int i) {
        FloatOp op = fm.ops().get(i);
        return op.inputs()[0] < 0 ? fm.input() : fm.shapes().get(op.inputs()[0]);
    }

    static int melWeights(DataConfig c) {
        MelFilterbank fb = new MelFilterbank(c.sampleRate(), c.nFft(), c.melBins());
        int n = 0;
        for (int j = 0; j < c.melBins(); j++) n += fb.weights(j).length;
        return n;
    }

    static double pct(double est, double measured) { return 100.0 * (est - measured) / measured; }
}
