package dev.dartboard.nas.cost;

import dev.dartboard.model.BoardProfile;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;
import dev.dartboard.model.Genotype;
import dev.dartboard.nas.BoardProfiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** KernelWork / KernelCycles / FrontEndCosts against counts worked out by hand for DS-CNN-S's shapes. */
class KernelCyclesTest {
    private static final List<String> TWELVE = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
    private final FloatModel ds = new GenotypeLowering().lower(Genotype.dscnnS(), TWELVE);
    // KernelCycles' terms, written out (fitted on QemuLatencyTest's calibration shapes).
    private static final double CONV_VECTOR = 18.5, CONV_ROW = 107, CONV_SETUP = 30.4, CONV_GATHER = 68.1;
    private static final double DW_VECTOR = 8, DW_ROW = 3, DW_OUTPUT = 87.5, DW_SETUP = 84.5;

    @Test
    void stemGoesThroughIm2colInTwoByTwoTiles() {
        // 10×4 stride 2 SAME on 49×10×1 → 25×5×64: a 40-tap column per pixel (≤ 256: im2col), 125 pixels → 63
        // pairs (the last paired with its neighbour), 32 channel pairs → 2016 tiles of 40 / 4 = 10 steps;
        // 64 × 40 weight bytes summed; two columns of 10 kernel rows copied per pixel pair.
        KernelWork w = work(0);
        assertEquals(new KernelWork(2016L * 10, 0, 2016, 8_000, 64 * 40, 63 * 2 * 10), w);
        assertEquals(KernelCycles.Family.CONV, KernelCycles.Family.of(ds.ops().get(0), input(0)));
        assertEquals(KernelCycles.PER_CALL + CONV_VECTOR * 20_160 + CONV_ROW * 2016 + CONV_SETUP * 2560 + CONV_GATHER * 1260,
                KernelCycles.Family.CONV.instructions(w), 1e-6);
    }

    @Test
    void smallStemsRunWidenedWeights() {
        // 3×3 over 1 channel → 16 channels, stride 1 SAME on 49×40: 9 taps padded to 12 (3 steps, no tail), 8 channel
        // pairs × 12 = 96 words of widened weights (≤ 256); 1960 pixels → 980 pairs → 7840 tiles; 3 rows per column.
        FloatOp stem = new FloatOp(FloatOp.Kind.CONV_2D, new int[]{-1}, 16, 3, 3, 1, 1, FloatOp.Padding.SAME,
                FloatOp.Activation.RELU, new float[16 * 9], new float[16]);
        int[] in = {49, 40, 1}, out = {49, 40, 16};
        assertEquals(KernelCycles.Family.CONV_WIDENED, KernelCycles.Family.of(stem, in));
        assertEquals(new KernelWork(7840L * 3, 0, 7840, 31_360, 16 * 9, 980 * 2 * 3), KernelWork.of(stem, in, out));
        assertEquals(KernelCycles.PER_CALL + 15.5 * 23_520 + 100 * 7840 + 72.2 * 5880,
                KernelCycles.Family.CONV_WIDENED.instructions(KernelWork.of(stem, in, out)), 1e-6);
    }

    @Test
    void depthwiseRunsClippedWindowsInPlace() {
        // 3×3 stride 1 SAME on 25×5: rows 2 + 23·3 + 2 = 73, columns 2 + 3·3 + 2 = 13 (never fewer than 2: no
        // window gathered) → 949 in-bounds taps and 73 · 5 kernel rows per group of 4 channels; 16 groups.
        assertEquals(new KernelWork(949L * 16, 0, 73L * 5 * 16, 125 * 16, 16 * 9, 0), work(1));
        assertEquals(KernelCycles.PER_CALL + DW_VECTOR * 949 * 16 + DW_ROW * 73 * 5 * 16 + DW_OUTPUT * 2000 + DW_SETUP * 144,
                KernelCycles.Family.DEPTHWISE.instructions(work(1)), 1e-6);
        // 5×5 SAME on 25×5: columns per output column 3, 4, 5, 4, 3; the 3-column windows (ox 0 and 4) are
        // gathered whole (25 taps each, 2 · 25 pixels), the others run in place: rows 3 + 4 + 21·5 + 4 + 3 = 119
        // per output column, taps 119 · (4 + 5 + 4); 2 groups of 4 channels.
        FloatOp dw5 = new FloatOp(FloatOp.Kind.DEPTHWISE_CONV_2D, new int[]{-1}, 8, 5, 5, 1, 1, FloatOp.Padding.SAME,
                FloatOp.Activation.NONE, new float[25 * 8], new float[8]);
        assertEquals(new KernelWork(119L * 13 * 2, 0, 119L * 3 * 2, 125 * 2, 2 * 25, 50L * 25 * 2),
                KernelWork.of(dw5, new int[]{25, 5, 8}, new int[]{25, 5, 8}));
    }

    @Test
    void pointwiseRunsTwoByTwoTiles() {
        // 125 pixels → 63 pixel pairs, 32 channel pairs: 2016 tiles of 64 / 4 = 16 steps; 32 × 64 weight bytes widened.
        assertEquals(new KernelWork(2016L * 16, 0, 2016, 8_000, 32 * 64, 0), work(2));
        FloatOp strided = new FloatOp(FloatOp.Kind.CONV_2D, new int[]{-1}, 5, 1, 1, 2, 2, FloatOp.Padding.SAME,
                FloatOp.Activation.NONE, new float[5 * 6], new float[5]);
        // Stride 2 on 25×5×6 → 13×3×5: 39 pixels → 20 pairs, 5 channels → 3 pairs; 6 = 4 + 2 bytes per dot product.
        assertEquals(new KernelWork(60, 60 * 2, 60, 39 * 5, 3 * 6, 0),
                KernelWork.of(strided, new int[]{25, 5, 6}, new int[]{13, 3, 5}));
    }

    @Test
    void wideWindowsRunRowAtATime() {
        // 3×3 over 64 channels: 576 taps > 256, the row kernel; on 5×5 SAME: rows 2, 3, 3, 3, 2 = 13 per column.
        FloatOp conv = new FloatOp(FloatOp.Kind.CONV_2D, new int[]{-1}, 8, 3, 3, 1, 1, FloatOp.Padding.SAME,
                FloatOp.Activation.NONE, new float[8 * 9 * 64], new float[8]);
        assertEquals(KernelCycles.Family.CONV_ROWS, KernelCycles.Family.of(conv, new int[]{5, 5, 64}));
        // Runs of 2 or 3 columns × 64 bytes, all multiples of 4: 13 · 13 in-bounds taps × 64 per channel.
        assertEquals(new KernelWork(13L * 13 * 64 * 8, 0, 13L * 5 * 4, 200, 0, 0), KernelWork.of(conv, new int[]{5, 5, 64}, new int[]{5, 5, 8}));
    }

    @Test
    void headAndFrontEndByHand() {
        assertEquals(new KernelWork(0, 125 * 16, 0, 16, 0, 0), work(9));                  // MEAN: 16 groups of 4 channels
        assertEquals(new KernelWork(12 * 64, 0, 6, 12, 0, 0), work(10));                   // FC 64 → 12
        // Default MFCC: 640-sample window, n_fft 1024 → 512-point complex FFT, 256 · 9 radix-2 butterflies' worth;
        // 40 mel bins, 10 × 40 DCT, 10 features.
        double perFrame = 5.5 * 640 + 20.2 * 1024 + 12.1 * 256 * 9 + 29.4 * 40 + 5.2 * 400 + 33.2 * 10;
        assertEquals(perFrame, FrontEndCosts.cyclesPerFrame(DataConfig.defaults()), 1e-6);
        assertEquals(Math.round(perFrame * 49), FrontEndCosts.cycles(DataConfig.defaults()));
    }

    @Test
    void q15FrontEndByHand() {
        DataConfig q = DataConfig.defaults().withArithmetic(dev.dartboard.model.FrontEndArithmetic.Q15);
        // Q15 terms: 17.4 per window sample, 22.5 per FFT sample, 25.6 per butterfly, 121.7 per mel bin, 5.4 per DCT MAC,
        // 33.2 per feature (the same quantization): 100,518 per hop (bench/device-speed.sh measured 99,990).
        double perFrame = 17.4 * 640 + 22.5 * 1024 + 25.6 * 256 * 9 + 121.7 * 40 + 5.4 * 400 + 33.2 * 10;
        assertEquals(perFrame, FrontEndCosts.cyclesPerFrame(q), 1e-6);
        // int32 FFT buffer + uint64 power of 513 bins; uint64 mel sums + int32 log-mel.
        assertEquals(4L * 1024 + 8L * 513, FrontEndCosts.sram(q).get("frontend.fftWork"));
        assertEquals(12L * 40, FrontEndCosts.sram(q).get("frontend.melWork"));
        // int16 tables: half the float bytes for the window, twiddles (not the uint16 slots) and DCT.
        assertEquals(2L * 640, FrontEndCosts.flash(q).get("frontend.window"));
        assertEquals(2L * 10 * 40, FrontEndCosts.flash(q).get("frontend.dct"));
        assertEquals(FrontEndCosts.flash(DataConfig.defaults()).get("frontend.twiddles") - 2L * 1024 - 12L * FrontEndCosts.radix4Twiddles(512),
                FrontEndCosts.flash(q).get("frontend.twiddles"));
    }

    @Test
    void latencyIsTheSumOfKernelAndFrontEndCyclesScaledByTheBoard() throws IOException {
        BoardProfile nano = new BoardProfiles().load("nano33ble");
        long kernels = Math.round(KernelCycles.PER_INFERENCE);   // each layer rounded to whole instructions, as model cards list them
        for (int i = 0; i < ds.ops().size(); i++) kernels += Math.round(KernelCycles.instructions(ds.ops().get(i), input(i), ds.shapes().get(i)));
        double speed = nano.cyclesPerMac() / KernelCycles.REFERENCE_CYCLES_PER_MAC;
        Costs c = new CostModel(nano, new GenotypeLowering()).of(ds);
        assertEquals(Math.round(kernels * speed), c.breakdown().get("cycles.network"));
        assertEquals(Math.round(Math.round(FrontEndCosts.cycles(DataConfig.defaults())) * speed), c.breakdown().get("cycles.frontend"));
        assertEquals((c.breakdown().get("cycles.network") + c.breakdown().get("cycles.frontend")) * 1000.0 / 64e6, c.latencyMs(), 1e-9);
        BoardProfile slower = new BoardProfile("slow", "slow", "cortex-m4f", 64_000_000, 262_144, 1_048_576, 0, 0,
                2 * KernelCycles.REFERENCE_CYCLES_PER_MAC, "twice the cycles per instruction");
        assertEquals(2 * c.latencyMs(), new CostModel(slower, new GenotypeLowering()).of(ds).latencyMs(), 1e-3);
    }

    private KernelWork work(int op) { return KernelWork.of(ds.ops().get(op), input(op), ds.shapes().get(op)); }

    private int[] input(int op) {
        int src = ds.ops().get(op).inputs()[0];
        return src < 0 ? ds.input() : ds.shapes().get(src);
    }
}
