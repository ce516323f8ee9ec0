package dev.dartboard.device;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.export.TrainedRun;
import dev.dartboard.export.blob.BlobWriter;
import dev.dartboard.quant.Int8Interpreter;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.QuantModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The simulator's microphone: a WAV of silence, a samples/ clip of a word the model recognises, silence,
 * a clip of another word and silence, played by {@code --mic} through the board's front end, model and
 * detection rule; the DETECT frames read over the pty (as {@code monitor} reads them) must be the
 * detections HostPipeline + DetectionRule compute in Java on the same samples: same words, same
 * stream times, scores within 1 (a 1-LSB feature difference may move an averaged score).
 */
class BoardMicSerialTest {
    @TempDir Path dir;

    @Test
    void micWavGivesTheDetectionsJavaPredicts() throws Exception {
        QuantModel m = new QuantModelStore(new ObjectMapper()).load(TrainedRun.quantized());
        int rate = m.dataConfig().sampleRate(), clip = m.dataConfig().clipSamples();
        HostPipeline host = new HostPipeline(m);
        DetectionRule.Config cfg = new DetectionRule.Config(3, 0, 5, 1000);
        String keyword = null;
        short[] pcm = null, quiet = new short[rate / 2];
        List<DetectionRule.Detection> want = List.of();
        // the first word clip (samples/, by name) that Java classifies alone AND hears in the stream at 0.5–2 s
        for (String w : m.labels()) {
            if (w.startsWith("_") || keyword != null) continue;
            String other = w.equals("no") ? "up" : "no";
            for (short[] known : recognised(host, m, w, rate, clip)) {
                short[] stream = PcmClips.concat(quiet, known, quiet, PcmClips.first(other, rate, clip), quiet);
                List<DetectionRule.Detection> heard = host.listen(stream, cfg);
                if (heard.stream().anyMatch(d -> d.name().equals(w) && d.timeMs() >= 500 && d.timeMs() <= 2000)) {
                    keyword = w;
                    pcm = PcmClips.write(dir.resolve("mic.wav"), stream, rate);
                    want = heard;
                    break;
                }
            }
        }
        assertTrue(keyword != null, "the test model hears one of its words in a stream");

        byte[] blob = new BlobWriter().write(m);
        try (SimRig rig = new SimRig(dir).start()) {
            BoardClient client = rig.client();
            new Flasher(client, BoardRequirements.NANO_33_BLE, 8).flash(blob, Crc32.of(blob), (p, d, t) -> { });
        }
        List<BoardMonitor.BoardEvent> got = new ArrayList<>();
        try (SimRig rig = new SimRig(dir).start("--mic", dir.resolve("mic.wav").toString(), "--mic-speed", "0", "--average", "3",
                "--threshold", "0", "--every-frames", "5", "--refractory-ms", "1000")) {
            SerialLink[] link = new SerialLink[1];
            rig.client(RetryPolicy.SIMULATOR, l -> link[0] = l);
            AtomicBoolean done = new AtomicBoolean();
            FrameChannel ch = new BoardMonitor(List.of()).channel(link[0], new Random().nextInt(0x10000), e -> {
                if ("detection".equals(e.kind())) got.add(e);
                if (e.text() != null && e.text().contains("mic: end of audio")) done.set(true);
            });
            BoardMonitor.greet(ch);
            long end = System.currentTimeMillis() + 30_000;
            BoardMonitor.run(ch, () -> done.get() || System.currentTimeMillis() > end);
            assertTrue(done.get(), "the simulator reported the end of its audio");
        }
        System.out.println("mic detections, board: " + got.stream().map(e -> e.labelName() + "@" + e.boardMs() + "ms(" + e.score() + ")").toList()
                + " Java: " + want.stream().map(d -> d.name() + "@" + d.timeMs() + "ms(" + d.score() + ")").toList());
        assertEquals(want.size(), got.size());
        for (int i = 0; i < want.size(); i++) {
            assertEquals(want.get(i).name(), got.get(i).labelName(), "detection " + i + " word (named by the board)");
            assertEquals(want.get(i).timeMs(), got.get(i).boardMs(), "detection " + i + " time");
            assertTrue(Math.abs(want.get(i).score() - got.get(i).score()) <= 1, "detection " + i + " score");
        }
    }

    /** The clips of samples/WORD (by name) that the Java pipeline classifies as WORD. */
    private static List<short[]> recognised(HostPipeline host, QuantModel m, String word, int rate, int clip) throws Exception {
        List<short[]> out = new ArrayList<>();
        if (!Files.isDirectory(Path.of("samples", word))) return out;
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("samples", word))) { files = s.filter(f -> f.toString().endsWith(".wav")).sorted().toList(); }
        for (Path f : files) {
            short[] pcm = PcmClips.pcm(new dev.dartboard.audio.WavReader().read(f, rate).clip().fitTo(clip).samples());
            if (m.labels().get(Int8Interpreter.argmax(host.scores(pcm))).equals(word)) out.add(pcm);
        }
        return out;
    }
}
