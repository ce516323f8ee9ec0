package dev.dartboard.device;

import dev.dartboard.export.blob.BlobWriter;
import dev.dartboard.export.blob.ModelBlobFormatTest;
import dev.dartboard.features.FeatureExtractor;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;
import dev.dartboard.model.FrontEndArithmetic;
import dev.dartboard.quant.Int8Interpreter;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.QuantOp;
import dev.dartboard.quant.QuantParams;
import dev.dartboard.quant.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Q15 model flashed to the simulator (blob v4) runs its front end on PCM as Java does: the board's int8 input
 * features and logits equal Java's FixedPointFrontEnd (through FeatureExtractor) + QuantModel.quantizeInput +
 * Int8Interpreter bit for bit, with no tolerance (the float front end's board test allows a few LSB).
 */
class BoardQ15FrontEndTest {
    private static final List<String> WORDS = List.of("yes", "no", "up", "down", "bed", "bird", "cat", "dog", "house", "tree");
    @TempDir Path dir;

    /**
     * The features themselves: a probe model whose logits are its int8 input (one FULLY_CONNECTED op with identity
     * weights and multiplier 1.0, output quantized as the input), on short clips of three FFT layouts (n_fft 1024 with
     * a 640-sample window, 512, 256; MFCC and log-mel) from real speech, a full-scale square wave and near silence.
     */
    @Test
    void theBoardsQ15FeaturesAreJavasBitForBit() throws Exception {
        List<DataConfig> configs = List.of(new DataConfig(16000, FeatureType.MFCC, 40, 20, 40, 10, 100),
                new DataConfig(16000, FeatureType.LOG_MEL, 32, 16, 32, 0, 80),
                new DataConfig(8000, FeatureType.MFCC, 32, 16, 32, 13, 96));
        for (DataConfig f : configs) {
            DataConfig c = f.withArithmetic(FrontEndArithmetic.Q15);
            List<short[]> clips = clips(c);
            QuantModel probe = probe(c, clips);
            Int8Interpreter int8 = new Int8Interpreter(probe);
            HostPipeline host = new HostPipeline(probe);
            try (SimRig rig = new SimRig(java.nio.file.Files.createDirectories(dir.resolve(c.id()))).start()) {
                BoardClient client = rig.client();
                byte[] blob = new BlobWriter().write(probe);
                new Flasher(client, BoardRequirements.NANO_33_BLE, 8).flash(blob, Crc32.of(blob), (p, d, t) -> { });
                for (int k = 0; k < clips.size(); k++) {
                    byte[] features = host.features(clips.get(k), 0);
                    assertArrayEquals(features, int8.logits(features), c.id() + ": the probe's logits are its input");
                    assertArrayEquals(features, client.inferPcm(clips.get(k)).scores(), c.id() + " clip " + k + ": board features");
                }
            }
            System.out.printf("%s: %d clips, the board's int8 features = Java's%n", c.id(), clips.size());
        }
    }

    /** A DS-CNN-S (random weights) on the default MFCC in Q15: ten one-second words give Java's logits exactly. */
    @Test
    void aQ15DsCnnSOnTheBoardGivesJavasLogitsOnSpokenWords() throws Exception {
        FloatModel f = TestModels.dsCnnS(31, 12);
        DataConfig c = f.dataConfig().withArithmetic(FrontEndArithmetic.Q15);
        QuantModel m = TestModels.quantized(new FloatModel(f.name(), c, f.input(), f.ops(), f.labels()));
        byte[] blob = new BlobWriter().write(m);
        assertEquals(4, blob[4], "a Q15 front end travels in a v4 blob");
        HostPipeline host = new HostPipeline(m);
        try (SimRig rig = new SimRig(dir).start()) {
            BoardClient client = rig.client();
            new Flasher(client, BoardRequirements.NANO_33_BLE, 8).flash(blob, Crc32.of(blob), (p, d, t) -> { });
            for (String w : WORDS) {
                short[] pcm = PcmClips.first(w, c.sampleRate(), c.clipSamples());
                InferResult board = client.inferPcm(pcm);
                assertEquals(Crc32.of(blob), board.modelId());
                assertArrayEquals(host.scores(pcm), board.scores(), w + ": Q15 front end + model on the board = Java");
            }
        }
    }

    /** Firmware 1.0 reads blobs v1 to v3 only: the host refuses to send it a v4 blob (saying why), and float blobs still go. */
    @Test
    void firmwareBeforeOnePointOneIsAskedToUpdateInsteadOfGettingAQ15Blob() throws Exception {
        FloatModel f = TestModels.dsCnnS(32, 12);
        byte[] q15 = new BlobWriter().write(TestModels.quantized(new FloatModel(f.name(), f.dataConfig().withArithmetic(FrontEndArithmetic.Q15),
                f.input(), f.ops(), f.labels())));
        byte[] plain = new BlobWriter().write(ModelBlobFormatTest.tinyFc());
        try (SimRig rig = new SimRig(dir).start("--fw", "1.0.0")) {
            BoardClient client = rig.client();
            Flasher flasher = new Flasher(client, BoardRequirements.NANO_33_BLE, 8);
            DeviceException e = assertThrows(DeviceException.class, () -> flasher.flash(q15, Crc32.of(q15), (p, d, t) -> { }));
            assertEquals(DeviceException.Kind.WRONG_FIRMWARE, e.kind());
            assertTrue(e.getMessage().contains("firmware 1.0.0") && e.getMessage().contains("needs firmware 1.1 or later"), e.getMessage());
            assertNull(client.hello().bootModel(), "nothing was committed");
            assertEquals(Crc32.of(plain), flasher.flash(plain, Crc32.of(plain), (p, d, t) -> { }).info().bootModel().crc32());
        }
    }

    /**
     * The board trusts no Q15 table it cannot bound: a v4 blob whose window-stage slot would write past the FFT buffer, and
     * a v3 blob that claims the Q15 arithmetic (which firmware 1.0 would read as float tables), are refused when opened
     * (INFER answers BAD_MODEL), each with a valid payload checksum; the intact blob runs.
     */
    @Test
    void theBoardRefusesQ15TablesItCannotBound() throws Exception {
        DataConfig c = new DataConfig(16000, FeatureType.MFCC, 40, 20, 40, 10, 100, FrontEndArithmetic.Q15);
        List<short[]> clips = clips(c);
        byte[] good = new BlobWriter().write(probe(c, clips));
        // 640-sample window, n_fft 1024 (half 512, log2 odd): window, cos, sin, 996 twiddles, then 256 slots of 4 rev8(n) <= 1020
        int slot = java.nio.ByteBuffer.wrap(good).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(80) + 2 * 640 + 4 * 512 + 2 * 996;
        assertEquals(512, good[slot + 2] & 0xFF | (good[slot + 3] & 0xFF) << 8, "slot[1] = 4 rev8(1)");
        byte[] farSlot = good.clone(), claimsQ15 = good.clone();
        farSlot[slot + 2] = 0; farSlot[slot + 3] = 4;   // slot[1] = 1024: its four int32 lie past 2 half
        claimsQ15[4] = 3;
        try (SimRig rig = new SimRig(dir).start()) {
            BoardClient client = rig.client();
            Flasher flasher = new Flasher(client, BoardRequirements.NANO_33_BLE, 8);
            flasher.flash(good, Crc32.of(good), (p, d, t) -> { });
            assertEquals(c.frames() * c.features(), client.inferPcm(clips.get(1)).scores().length);
            for (byte[] bad : List.of(farSlot, claimsQ15)) {
                java.nio.ByteBuffer.wrap(bad).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                        .putInt(dev.dartboard.export.blob.BlobFormat.PAYLOAD_CRC_OFFSET, (int) dev.dartboard.export.blob.BlobFormat.payloadCrc(bad));
                flasher.flash(bad, Crc32.of(bad), (p, d, t) -> { });
                DeviceException e = assertThrows(DeviceException.class, () -> client.inferPcm(clips.get(1)));
                assertTrue(e.getMessage().contains(NakReason.BAD_MODEL.text()), e.getMessage());
            }
        }
    }

    /**
     * Clips of c's length: windows of real speech at several offsets (and the start, often quiet), a full-scale square
     * wave (the largest block exponent) and near silence (±1 LSB noise: the smallest).
     */
    private static List<short[]> clips(DataConfig c) throws Exception {
        int n = c.clipSamples();
        List<short[]> out = new ArrayList<>();
        for (String w : List.of("yes", "house", "tree")) {
            short[] s = PcmClips.first(w, c.sampleRate(), c.sampleRate());
            for (int at : new int[]{0, s.length / 3, s.length / 2}) out.add(java.util.Arrays.copyOfRange(s, at, at + n));
        }
        short[] square = new short[n], quiet = new short[n];
        Random r = new Random(5);
        for (int i = 0; i < n; i++) {
            square[i] = (short) ((i / 7) % 2 == 0 ? 32767 : -32768);
            quiet[i] = (short) (r.nextInt(3) - 1);
        }
        out.add(square);
        out.add(quiet);
        return out;
    }

    /**
     * One FULLY_CONNECTED op, frames × features in and out, identity weights, bias 0, multiplier 2^30 · 2^1 / 2^31 = 1,
     * input and output quantized alike (scale and zero point spanning the clips' Java features): logits = input.
     */
    static QuantModel probe(DataConfig c, List<short[]> clips) {
        FeatureExtractor fe = new FeatureExtractor(c);
        float lo = Float.MAX_VALUE, hi = -Float.MAX_VALUE;
        float[] x = new float[c.clipSamples()], feats = new float[c.frames() * c.features()];
        for (short[] s : clips) {
            for (int i = 0; i < x.length; i++) x[i] = s[i] / 32768f;
            fe.extract(x, feats);
            for (float v : feats) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        }
        float scale = (hi - lo) / 255f;
        QuantParams q = new QuantParams(scale, Math.max(-128, Math.min(127, Math.round(-128 - lo / scale))));
        int n = feats.length;
        byte[] identity = new byte[n * n];
        for (int i = 0; i < n; i++) identity[i * n + i] = 1;
        QuantOp fc = new QuantOp(FloatOp.Kind.FULLY_CONNECTED, new int[]{-1}, new QuantParams[]{q}, new int[]{c.frames(), c.features(), 1},
                new int[]{1, 1, n}, 1, 1, 1, 1, 0, 0, identity, new int[n], new float[]{1f}, new int[]{1 << 30}, new int[]{1}, q,
                -128, 127, FloatOp.Padding.VALID, FloatOp.Activation.NONE);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) labels.add("f" + i);
        return new QuantModel("q15-probe", c, new int[]{c.frames(), c.features(), 1}, q, List.of(fc), labels);
    }
}
