package dev.dartboard.export.csource;

import dev.dartboard.export.blob.FrontendSection;
import dev.dartboard.features.FeatureExtractor;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.FrontEndArithmetic;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Genotype.Stem;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.model.FloatModel;
import dev.dartboard.quant.Int8Interpreter;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The generated C library built by the host gcc (-std=c99 -Wall -Wextra -Werror -O2) against the Java references. */
class CLibraryHostTest {

    @BeforeAll
    static void needsGcc() {
        assumeTrue(HostBuild.gccAvailable(), "skipped: no host gcc");
    }

    @Test
    void dsCnnSLogitsAreBitExact() throws Exception {
        logitsBitExact(TestModels.dsCnnS(41, 12), "ds-cnn-s", 100);
    }

    @Test
    void everyOpKindLogitsAreBitExact() throws Exception {
        logitsBitExact(TestModels.allOps(42, 6), "all-ops", 200);
    }

    private static void logitsBitExact(FloatModel fm, String name, int n) throws Exception {
        QuantModel q = TestModels.quantized(fm);
        HostBuild build = new HostBuild(q, name);
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        List<byte[]> inputs = new ArrayList<>();
        for (float[] x : TestModels.inputs(7, n, fm.input()[0] * fm.input()[1])) inputs.add(q.quantizeInput(x));
        for (byte[] x : inputs) in.write(x);
        List<String> lines = build.harness("infer", in.toByteArray());
        assertEquals(n, lines.size());
        Int8Interpreter java = new Int8Interpreter(q);
        for (int k = 0; k < n; k++) {
            byte[] expected = java.logits(inputs.get(k));
            String[] got = lines.get(k).split(" ");
            for (int i = 0; i < expected.length; i++) assertEquals(expected[i], Integer.parseInt(got[i]), name + " input " + k + " logit " + i);
        }
    }

    @Test
    void frontEndMatchesJavaFeatureExtractor() throws Exception {
        frontEndMatchesJava(TestModels.quantized(TestModels.allOps(43, 6)), "frontend");
    }

    /** Front ends whose window, n_fft and bins differ from the default (odd and even radix-4 stages, both rates). */
    private static final List<DataConfig> OTHER_FFT_LAYOUTS = List.of(new DataConfig(16000, FeatureType.LOG_MEL, 25.0625, 10, 40, 0, 1000),
            new DataConfig(16000, FeatureType.MFCC, 40.0625, 20, 40, 10, 1000),
            new DataConfig(8000, FeatureType.LOG_MEL, 16, 8, 20, 0, 1000),
            new DataConfig(16000, FeatureType.LOG_MEL, 128, 64, 40, 0, 1000),
            new DataConfig(8000, FeatureType.MFCC, 32, 16, 32, 13, 1000));

    /**
     * The FFT's other layouts (kws_frontend.c): log2(n_fft / 2) even (radix-4 from the first stage) and odd
     * (first radix-2 stage in the window stage), odd windows (an unpaired last sample), a window filling
     * n_fft, n_fft 128 to 2048, MFCC and log-mel, 8 and 16 kHz.
     */
    @Test
    void frontEndOfOtherFftSizesMatchesJava() throws Exception {
        int k = 0;
        for (DataConfig c : OTHER_FFT_LAYOUTS) {
            Genotype g = new Genotype("fe-host" + k, c, new Stem(4, 3, 3, 2, 2), List.of());
            FloatModel fm = TestModels.withRandomWeights(new GenotypeLowering().lower(g, QemuLatencyTest.LABELS), 8);
            System.out.printf("%s: window %d, n_fft %d%n", c.id(), c.winSamples(), c.nFft());
            frontEndMatchesJava(TestModels.quantized(fm), "frontend-" + k++);
        }
    }

    /**
     * The Q15 front end: the C library's features equal Java's FixedPointFrontEnd (through FeatureExtractor) bit
     * for bit, on every FFT layout above and the default MFCC, for chirps, noise, near-silence and a full-scale
     * square wave (the block exponent's extremes).
     */
    @Test
    void q15FrontEndIsBitExactWithJava() throws Exception {
        List<DataConfig> configs = new java.util.ArrayList<>(List.of(DataConfig.defaults()));
        configs.addAll(OTHER_FFT_LAYOUTS);
        int k = 0;
        for (DataConfig f : configs) {
            DataConfig c = f.withArithmetic(FrontEndArithmetic.Q15);
            Genotype g = new Genotype("q15-host" + k, c, new Stem(4, 3, 3, 2, 2), List.of());
            FloatModel fm = TestModels.withRandomWeights(new GenotypeLowering().lower(g, QemuLatencyTest.LABELS), 8);
            QuantModel q = TestModels.quantized(fm);
            HostBuild build = new HostBuild(q, "q15-" + k++);
            FeatureExtractor fe = new FeatureExtractor(c);
            List<short[]> clips = clips(c.clipSamples());
            ByteBuffer pcm = ByteBuffer.allocate(clips.size() * 2 * clips.get(0).length).order(ByteOrder.LITTLE_ENDIAN);
            for (short[] s : clips) for (short s1 : s) pcm.putShort(s1);
            List<String> lines = build.harness("features", pcm.array());
            for (int i = 0; i < clips.size(); i++) {
                float[] java = new float[c.frames() * c.features()];
                fe.extract(toFloat(clips.get(i)), java);
                String[] cf = lines.get(2 * i).split(" ");
                assertEquals(java.length, cf.length, c.id() + " clip " + i);
                for (int j = 0; j < java.length; j++)
                    assertEquals(java[j], Float.parseFloat(cf[j]), 0f, c.id() + " clip " + i + " feature " + j + ": C = Java bit for bit");
            }
            System.out.printf("%s: %d clips bit-exact%n", c.id(), clips.size());
        }
    }

    /**
     * Also: the firmware's run-time FFT plan (kws_fe_core.h's kws_fe_plan, from the blob's cos/sin tables) equals
     * the tables the export writes (FftTables), so the board and the library compute the same floats.
     */
    private static void frontEndMatchesJava(QuantModel q, String name) throws Exception {
        HostBuild build = new HostBuild(q, name);
        FrontendSection t = FrontendSection.of(q.dataConfig());
        int twiddles = FftTables.radix4Twiddles(t.cos(), t.sin()).length;
        String want = twiddles + " 1 1";
        assertEquals(want, build.harness("plan", null).get(0), name + ": kws_fe_plan vs the exported FFT tables");
        FeatureExtractor fe = new FeatureExtractor(q.dataConfig());
        List<short[]> clips = clips(q.dataConfig().clipSamples());
        ByteBuffer pcm = ByteBuffer.allocate(clips.size() * 2 * clips.get(0).length).order(ByteOrder.LITTLE_ENDIAN);
        for (short[] c : clips) for (short s : c) pcm.putShort(s);
        List<String> lines = build.harness("features", pcm.array());
        int quantDiffs = 0, values = 0;
        for (int k = 0; k < clips.size(); k++) {
            float[] java = new float[q.dataConfig().frames() * q.dataConfig().features()];
            fe.extract(toFloat(clips.get(k)), java);
            String[] c = lines.get(2 * k).split(" "), cq = lines.get(2 * k + 1).split(" ");
            double max = 0, err = 0;
            for (float v : java) max = Math.max(max, Math.abs(v));
            byte[] jq = q.quantizeInput(java);
            for (int i = 0; i < java.length; i++) {
                err = Math.max(err, Math.abs(Float.parseFloat(c[i]) - java[i]));
                int d = Math.abs(Integer.parseInt(cq[i]) - jq[i]);
                assertTrue(d <= 1, "clip " + k + " feature " + i + " quantized " + cq[i] + " vs " + jq[i]);
                quantDiffs += d;
                values++;
            }
            System.out.printf("clip %d: max |C − Java| = %.3g, max |Java| = %.3g%n", k, err, max);
            assertTrue(err <= 1e-3 * max, "clip " + k + ": C features off by " + err + " (max " + max + ")");
        }
        System.out.printf("quantized features differing by 1 LSB: %d of %d%n", quantDiffs, values);
        assertTrue(quantDiffs <= values / 100, "too many 1-LSB feature differences: " + quantDiffs);
    }

    @Test
    void streamingFrontEndEqualsTheWholeClipFeatures() throws Exception {
        QuantModel q = TestModels.quantized(TestModels.allOps(44, 6));
        HostBuild build = new HostBuild(q, "stream");
        List<short[]> clips = clips(q.dataConfig().clipSamples());
        ByteBuffer pcm = ByteBuffer.allocate(clips.size() * 2 * clips.get(0).length).order(ByteOrder.LITTLE_ENDIAN);
        for (short[] c : clips) for (short s : c) pcm.putShort(s);
        List<String> whole = build.harness("features", pcm.array()), streamed = build.harness("stream", pcm.array());
        assertEquals(clips.size(), streamed.size());
        for (int k = 0; k < clips.size(); k++) {
            String[] s = streamed.get(k).split(" ", 3);
            assertEquals("1", s[0], "ready after one clip");
            assertEquals(q.dataConfig().frames(), Integer.parseInt(s[1]), "frames = 1 + (clip − window) / hop");
            assertEquals(whole.get(2 * k + 1), s[2], "clip " + k + ": streamed int8 matrix = kws_features");
        }
    }

    /** A chirp, a chirp plus noise, white noise, near-silence (±2 LSB), and a clipped square wave. */
    static List<short[]> clips(int n) {
        Random r = new Random(9);
        List<short[]> l = new ArrayList<>();
        short[][] c = new short[5][n];
        for (int i = 0; i < n; i++) {
            double t = i / 16000.0, chirp = Math.sin(2 * Math.PI * (100 + 3000 * t) * t);
            c[0][i] = (short) (12000 * chirp);
            c[1][i] = (short) (8000 * chirp + 2000 * r.nextGaussian());
            c[2][i] = (short) Math.max(-32768, Math.min(32767, 6000 * r.nextGaussian()));
            c[3][i] = (short) (r.nextInt(5) - 2);
            c[4][i] = (short) (Math.sin(2 * Math.PI * 440 * t) >= 0 ? 32767 : -32768);
        }
        for (short[] s : c) l.add(s);
        return l;
    }

    static float[] toFloat(short[] s) {
        float[] f = new float[s.length];
        for (int i = 0; i < s.length; i++) f[i] = s[i] / 32768f;
        return f;
    }
}
