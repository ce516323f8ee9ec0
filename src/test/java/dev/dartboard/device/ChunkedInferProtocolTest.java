package dev.dartboard.device;

import dev.dartboard.export.blob.BlobWriter;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;
import dev.dartboard.model.FloatOp.Activation;
import dev.dartboard.model.FloatOp.Kind;
import dev.dartboard.model.FloatOp.Padding;
import dev.dartboard.quant.Int8Interpreter;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chunked INFER against the simulator over a socat pty: a 98 x 40 log-mel model (3920 int8 inputs, more
 * than one frame) runs exactly as Int8Interpreter; PCM through its log-mel front end agrees with the Java
 * pipeline; and every malformed chunk gets the NAK and value dp_proto.h documents.
 */
class ChunkedInferProtocolTest {
    static final DataConfig LOG_MEL = new DataConfig(16000, FeatureType.LOG_MEL, 25, 10, 40, 10, 1000);
    @TempDir Path dir;

    static QuantModel logMelModel() {
        Random r = new Random(5);
        float[] w = new float[8 * 9], b = new float[8], fw = new float[8 * 6], fb = new float[6];
        for (int i = 0; i < w.length; i++) w[i] = (float) (r.nextGaussian() * 0.4);
        for (int i = 0; i < fw.length; i++) fw[i] = (float) (r.nextGaussian() * 0.5);
        List<FloatOp> ops = List.of(
                new FloatOp(Kind.CONV_2D, new int[]{-1}, 8, 3, 3, 2, 2, Padding.SAME, Activation.RELU, w, b),
                new FloatOp(Kind.MEAN, new int[]{0}, 8, 1, 1, 1, 1, Padding.VALID, Activation.NONE, null, null),
                new FloatOp(Kind.FULLY_CONNECTED, new int[]{1}, 6, 1, 1, 1, 1, Padding.VALID, Activation.NONE, fw, fb));
        return TestModels.quantized(new FloatModel("log-mel-98x40", LOG_MEL, new int[]{98, 40, 1}, ops, TestModels.labels(6)));
    }

    @Test
    void featuresLargerThanOneFrameAndPcmThroughALogMelFrontEnd() throws Exception {
        QuantModel m = logMelModel();
        assertEquals(3920, m.inputShape()[0] * m.inputShape()[1]);
        byte[] blob = new BlobWriter().write(m);
        Int8Interpreter int8 = new Int8Interpreter(m);
        HostPipeline host = new HostPipeline(m);
        try (SimRig rig = new SimRig(dir).start()) {
            BoardClient client = rig.client();
            new Flasher(client, BoardRequirements.NANO_33_BLE, 8).flash(blob, Crc32.of(blob), (p, d, t) -> { });
            for (float[] x : TestModels.inputs(3, 10, 3920)) {
                byte[] q = m.quantizeInput(x);
                assertArrayEquals(int8.logits(q), client.infer(q).scores());
            }
            int exact = 0;
            for (String word : List.of("yes", "no", "up", "down", "tree")) {
                short[] pcm = PcmClips.first(word, 16000, 16000);
                byte[] board = client.inferPcm(pcm).scores(), want = host.scores(pcm);
                exact += Arrays.equals(board, want) ? 1 : 0;
                for (int i = 0; i < want.length; i++) assertTrue(Math.abs(board[i] - want[i]) <= 2, word + " logit " + i);
            }
            assertTrue(exact >= 4, exact + " of 5 clips with the exact Java logits");
        }
    }

    @Test
    void corruptOutOfOrderAndOversizedChunksAreNaked() throws Exception {
        QuantModel m = logMelModel();
        byte[] blob = new BlobWriter().write(m);
        try (SimRig rig = new SimRig(dir).start()) {
            SerialLink[] link = new SerialLink[1];
            BoardClient client = rig.client(RetryPolicy.SIMULATOR, l -> link[0] = l);
            assertNak(client, FrameType.INFER_BEGIN, begin(1, 32000), NakReason.NO_MODEL, 0);
            new Flasher(client, BoardRequirements.NANO_33_BLE, 8).flash(blob, Crc32.of(blob), (p, d, t) -> { });
            assertNak(client, FrameType.INFER_DATA, data(0, new byte[8]), NakReason.BAD_STATE, 0);
            assertNak(client, FrameType.INFER_BEGIN, begin(1, 32002), NakReason.BAD_LENGTH, 32000);
            assertNak(client, FrameType.INFER_BEGIN, begin(0, 490), NakReason.BAD_LENGTH, 3920);
            assertNak(client, FrameType.INFER_BEGIN, begin(7, 32000), NakReason.NOT_SUPPORTED, 7);
            assertEquals(0, client.ack(FrameType.INFER_BEGIN, begin(1, 32000)).value());
            assertNak(client, FrameType.INFER_DATA, data(2044, new byte[100]), NakReason.OUT_OF_ORDER, 0);
            assertNak(client, FrameType.INFER_DATA, data(0, new byte[7]), NakReason.BAD_LENGTH, 2);
            assertEquals(2000, client.ack(FrameType.INFER_DATA, data(0, new byte[2000])).value());
            assertEquals(2000, client.ack(FrameType.INFER_DATA, data(0, new byte[1000])).value(), "a duplicate is ACKed again");
            assertNak(client, FrameType.INFER_RUN, new byte[0], NakReason.BAD_STATE, 2000);
            byte[] damaged = FrameCodec.encode(new Frame(FrameType.INFER_DATA, 4242, data(2000, new byte[2000])));
            damaged[500] ^= 0x10;
            link[0].write(damaged);
            Frame f = waitFor(client, 4242);
            assertEquals(NakReason.BAD_FRAME, Reply.of(f).reason(), "a corrupt chunk is NAKed BAD_FRAME (and retried by the client)");
            for (int off = 2000; off < 32000; off += 2000) client.ack(FrameType.INFER_DATA, data(off, new byte[2000]));
            assertNak(client, FrameType.INFER_DATA, data(31000, new byte[2000]), NakReason.OVERRUN, 32000);
            InferResult silence = BoardClient.result(FrameType.INFER_RUN, client.call(FrameType.INFER_RUN, new byte[0]));
            assertArrayEquals(new HostPipeline(m).scores(new short[16000]), silence.scores());
            DeviceException e = assertThrows(DeviceException.class, () -> client.inferPcm(new short[100]));
            assertTrue(e.getMessage().contains("INFER_BEGIN") && e.getMessage().contains(NakReason.BAD_LENGTH.text())
                    && e.getMessage().contains("value 32000"), e.getMessage());
        }
    }

    @Test
    void aBlobWithoutFrontEndRefusesPcmButTakesFeatures() throws Exception {
        QuantModel f = logMelModel();
        QuantModel m = new QuantModel(f.name(), null, f.inputShape(), f.input(), f.ops(), f.labels());
        byte[] blob = new BlobWriter().write(m);
        assertEquals(0, blob[44], "feature code 0: no front end");
        try (SimRig rig = new SimRig(dir).start()) {
            BoardClient client = rig.client();
            new Flasher(client, BoardRequirements.NANO_33_BLE, 8).flash(blob, Crc32.of(blob), (p, d, t) -> { });
            assertNak(client, FrameType.INFER_BEGIN, begin(1, 32000), NakReason.NOT_SUPPORTED, 1);
            byte[] q = m.quantizeInput(TestModels.inputs(9, 1, 3920).get(0));
            assertArrayEquals(new Int8Interpreter(m).logits(q), client.infer(q).scores());
        }
    }

    private static Frame waitFor(BoardClient client, int seq) {
        for (int i = 0; i < 50; i++) {
            Frame f = client.channel().receive(100);
            if (f != null && f.seq() == seq && Reply.of(f) != null) return f;
        }
        throw new AssertionError("no answer for seq " + seq);
    }

    private static void assertNak(BoardClient client, int type, byte[] payload, NakReason reason, long value) {
        Reply r = Reply.of(client.call(type, payload));
        assertEquals(reason, r == null ? null : r.reason(), FrameType.name(type));
        assertEquals(value, r.value(), FrameType.name(type) + " NAK value");
    }

    private static byte[] begin(int kind, int total) {
        return ByteBuffer.allocate(5).order(ByteOrder.LITTLE_ENDIAN).put((byte) kind).putInt(total).array();
    }

    private static byte[] data(int offset, byte[] bytes) {
        return ByteBuffer.allocate(4 + bytes.length).order(ByteOrder.LITTLE_ENDIAN).putInt(offset).put(bytes).array();
    }
}
