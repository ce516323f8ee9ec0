package dev.dartboard.device;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.export.TrainedRun;
import dev.dartboard.export.blob.BlobWriter;
import dev.dartboard.quant.Int8Interpreter;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.QuantModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PCM INFER over a socat pty: one-second clips from samples/ streamed in chunks to the simulator, whose
 * own front end (dp_frontend, from the blob v2) and model run them. The board's logits must equal
 * Int8Interpreter's on the Java front end's features (the C front end may differ from Java's by one
 * LSB on a few feature values, as the C export's own test allows), and the same features sent as an
 * INFER must give exactly Int8Interpreter's logits.
 */
class BoardPcmInferTest {
    private static final List<String> WORDS = List.of("yes", "no", "up", "down", "bed", "bird", "cat", "dog", "house", "tree");
    @TempDir Path dir;

    @Test
    void pcmClipsOnTheBoardGiveTheJavaPipelinesScores() throws Exception {
        QuantModel m = new QuantModelStore(new ObjectMapper()).load(TrainedRun.quantized());
        byte[] blob = new BlobWriter().write(m);
        HostPipeline host = new HostPipeline(m);
        Int8Interpreter int8 = new Int8Interpreter(m);
        try (SimRig rig = new SimRig(dir).start()) {
            BoardClient client = rig.client();
            new Flasher(client, BoardRequirements.NANO_33_BLE, 8).flash(blob, Crc32.of(blob), (p, d, t) -> { });
            int exact = 0, maxDiff = 0, agree = 0;
            long nanos = 0;
            for (String w : WORDS) {
                short[] pcm = PcmClips.first(w, m.dataConfig().sampleRate(), m.dataConfig().clipSamples());
                long t0 = System.nanoTime();
                InferResult board = client.inferPcm(pcm);
                nanos += System.nanoTime() - t0;
                byte[] features = host.features(pcm, 0), want = host.scores(pcm);
                assertArrayEquals(int8.logits(features), client.infer(features).scores(), w + ": features INFER");
                assertEquals(Crc32.of(blob), board.modelId());
                exact += Arrays.equals(want, board.scores()) ? 1 : 0;
                agree += Int8Interpreter.argmax(want) == Int8Interpreter.argmax(board.scores()) ? 1 : 0;
                for (int i = 0; i < want.length; i++) maxDiff = Math.max(maxDiff, Math.abs(want[i] - board.scores()[i]));
            }
            System.out.printf("PCM INFER: %d of %d clips with the Java pipeline's exact logits, %d same argmax, max diff %d LSB, %.1f ms per 1 s clip%n",
                    exact, WORDS.size(), agree, maxDiff, nanos / 1e6 / WORDS.size());
            assertTrue(exact >= WORDS.size() - 2, exact + " exact of " + WORDS.size());
            assertTrue(agree >= WORDS.size() - 1 && maxDiff <= 2, "argmax agreement " + agree + ", max logit diff " + maxDiff);
        }
    }
}
