package dev.dartboard.device;

import dev.dartboard.export.blob.BlobWriter;
import dev.dartboard.quant.Int8Interpreter;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A model upload through a byte-level proxy between two real pty pairs that drops, flips and
 * duplicates ~1% of bytes both ways, stalls, and unplugs the board side: the upload ends verified,
 * the board boots the new model, and once the line is quiet INFER equals Int8Interpreter (at 1%
 * byte damage a 501-byte INFER frame almost never arrives whole: 0.99^501 = 0.7%).
 */
class SerialProxyFaultUploadTest {
    @TempDir Path dir;

    @Test
    void uploadThroughAFaultyProxyWithUnplugsEndsVerified() throws Exception {
        QuantModel m = TestModels.quantized(TestModels.dsCnnS(40, 12));
        byte[] blob = new BlobWriter().write(m);
        try (SimRig rig = new SimRig(dir).start();
             PtyPair host = PtyPair.open(Path.of("/tmp", "dartboard-h" + UUID.randomUUID().toString().substring(0, 8)));
             PtyFaultProxy proxy = new PtyFaultProxy(rig.portB(), host.a(), 7, 0.01, 0.003, 150, 0.01, 250)) {
            SerialLink link = JsscSerialLink.open(host.b().toString());
            BoardClient client = new BoardClient(new FrameChannel(link, 4242, f -> { }), new RetryPolicy(60, 1000, 20));
            FlashResult r = new Flasher(client, BoardRequirements.NANO_33_BLE, 4).flash(blob, 11, (p, d, t) -> { });
            assertEquals(Crc32.of(blob), r.info().bootModel().crc32());
            proxy.quiet();
            Int8Interpreter reference = new Int8Interpreter(m);
            for (float[] x : TestModels.inputs(41, 10, 490))
                assertArrayEquals(reference.logits(m.quantizeInput(x)), client.infer(m.quantizeInput(x)).scores());
            var c = proxy.counts;
            System.out.printf("proxy upload: %d bytes in %.2f s (%.1f KB/s); dropped %d, flipped %d, duplicated %d bytes, %d stalls, "
                            + "%d unplugs (%d bytes lost while unplugged); %d rewinds, %d bad frames seen by host%n",
                    blob.length, r.dataSeconds(), r.bytesPerSecond() / 1024, c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5),
                    r.rewinds(), client.channel().badFrames());
            assertTrue(c.get(0) > 50 && c.get(1) > 50 && c.get(2) > 50 && c.get(3) > 0 && c.get(4) > 0, "every fault was injected: " + c);
            link.close();
        }
    }
}
