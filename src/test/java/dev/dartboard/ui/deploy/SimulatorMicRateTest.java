package dev.dartboard.ui.deploy;

import dev.dartboard.device.BoardClient;
import dev.dartboard.device.BoardMonitor;
import dev.dartboard.device.DetectionRule;
import dev.dartboard.device.FrameChannel;
import dev.dartboard.device.HostPipeline;
import dev.dartboard.device.JsscSerialLink;
import dev.dartboard.device.RetryPolicy;
import dev.dartboard.export.blob.BlobWriter;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Primitive;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.quant.Calibrator;
import dev.dartboard.quant.FloatForward;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.Quantizer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.sampled.AudioSystem;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Deploy page's live monitor with an 8 kHz model on the board simulator, as the studio drives it: the simulator starts
 * with a microphone track written for a 16 kHz run; an 8 kHz model is flashed; the monitor writes the track again at the
 * model's rate ({@link MicTrack}) and greets the board, which reads the track again at that HELLO and listens: it plays the
 * whole track (the log's sample count is the 8 kHz files') and its detections are the ones the host's mirror of the board
 * ({@link HostPipeline#listen}) computes on those files, read back with javax.sound.
 */
class SimulatorMicRateTest {
    @TempDir Path dir;

    @Test
    void anEightKilohertzModelHearsTheMicrophoneTrackWrittenAtItsRate() throws Exception {
        Assumptions.assumeTrue(SimulatorControl.missingTools().isEmpty(), SimulatorControl.missingTools());
        QuantModel model = eightKilohertzModel();
        byte[] blob = new BlobWriter().write(model);
        DetectionRule.Config rule = new DetectionRule.Config(1, -128, 5, 500);   // permissive: something is detected
        List<String> words = List.of("yes", "no");
        Path mic = dir.resolve("sim").resolve("mic");
        try (SimulatorControl sim = new SimulatorControl(Path.of("firmware"), dir.resolve("sim"))) {
            String port = sim.start(MicTrack.write(Path.of("samples"), words, 1, 16000, mic)).toString();
            new BoardSession().flash(port, true, blob, (phase, done, total) -> { });

            MicTrack.write(Path.of("samples"), words, 1, 8000, mic);   // what the monitor does before its HELLO
            short[] played = pcm(mic);
            List<BoardMonitor.BoardEvent> events = new CopyOnWriteArrayList<>();
            try (JsscSerialLink link = JsscSerialLink.open(port)) {
                FrameChannel channel = new BoardMonitor(model.labels()).channel(link, new Random().nextInt(0x10000), events::add);
                BoardClient client = new BoardClient(channel, RetryPolicy.SIMULATOR);
                client.listen(rule);
                client.hello();
                events.clear();   // whatever the board said before this HELLO
                long end = System.currentTimeMillis() + 30_000;
                while (events.stream().noneMatch(e -> text(e).contains("mic: ")) && System.currentTimeMillis() < end) channel.receive(100);
            }
            List<String> log = events.stream().filter(e -> e.text() != null).map(SimulatorMicRateTest::text).toList();
            assertTrue(log.stream().anyMatch(l -> l.contains(String.format(Locale.ROOT, "mic: end of audio, %d samples,", played.length))),
                    "the board played the whole 8 kHz track (" + played.length + " samples): " + log);
            List<String> want = new HostPipeline(model).listen(played, rule).stream()
                    .map(d -> String.format(Locale.ROOT, "%d %s", d.timeMs(), d.name())).toList();
            List<String> got = events.stream().filter(e -> "detection".equals(e.kind()))
                    .map(e -> String.format(Locale.ROOT, "%d %s", e.boardMs(), e.labelName())).toList();
            assertTrue(!want.isEmpty(), "the permissive rule detects something");
            assertEquals(want, got);
        }
    }

    private static String text(BoardMonitor.BoardEvent e) { return e.text() == null ? "" : e.text(); }

    /** A small random-weight model on an 8 kHz MFCC front end, quantized on stand-in features. */
    private static QuantModel eightKilohertzModel() {
        DataConfig fe = new DataConfig(8000, FeatureType.MFCC, 40, 20, 40, 10, 1000);
        Genotype g = new Genotype("tiny-8k", fe, new Genotype.Stem(8, 3, 3, 2, 2), List.of(new Genotype.Layer(Primitive.DW_SEP_3X3, 8, 1)));
        FloatModel m = new GenotypeLowering().lower(g, List.of("_silence_", "_unknown_", "yes", "no"));
        Random r = new Random(11);
        for (FloatOp op : m.ops()) {
            if (op.weights() == null) continue;
            for (int i = 0; i < op.weights().length; i++) op.weights()[i] = (float) (r.nextGaussian() * 0.3);
            for (int i = 0; i < op.bias().length; i++) op.bias()[i] = (float) (r.nextGaussian() * 0.05);
        }
        List<float[]> rows = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            float[] x = new float[fe.frames() * fe.features()];
            for (int k = 0; k < x.length; k++) x[k] = (float) (r.nextGaussian() * 10);
            rows.add(x);
        }
        return new Quantizer(new Calibrator(new FloatForward())).quantize(m, rows);
    }

    /** The track's files in name order (the simulator's playing order), as one 16-bit stream read with javax.sound. */
    private static short[] pcm(Path mic) throws Exception {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        List<Path> files;
        try (var list = Files.list(mic)) { files = list.sorted().toList(); }
        for (Path f : files) {
            try (var in = AudioSystem.getAudioInputStream(f.toFile())) {
                assertEquals(8000, in.getFormat().getSampleRate(), 0, f.toString());
                all.write(in.readAllBytes());
            }
        }
        ByteBuffer b = ByteBuffer.wrap(all.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        short[] s = new short[b.remaining() / 2];
        b.asShortBuffer().get(s);
        return s;
    }
}
