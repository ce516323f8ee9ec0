package dev.dartboard.device;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** LISTEN against the simulator: a rule in range is acknowledged, and every malformed one gets the NAK and value dp_proto.h documents. */
class ListenProtocolTest {
    @TempDir Path dir;

    @Test
    void aRuleInRangeIsAcknowledgedAndBadOnesAreRefusedWithTheDocumentedNak() throws Exception {
        try (SimRig rig = new SimRig(dir).start()) {
            BoardClient client = rig.client();
            client.listen(new DetectionRule.Config(8, -128, 1, 0));   // throws unless ACKed
            client.listen(DetectionRule.Config.defaults());
            assertNak(client, new byte[7], NakReason.BAD_LENGTH, 8);
            assertNak(client, rule(0, 0, 5, 1000), NakReason.BAD_VALUE, 0);
            assertNak(client, rule(9, 0, 5, 1000), NakReason.BAD_VALUE, 0);
            assertNak(client, rule(3, 0, 0, 1000), NakReason.BAD_VALUE, 0);
            assertTrue(rig.sim().isAlive());
        }
    }

    private static byte[] rule(int average, int threshold, int every, int refractory) {
        return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).put((byte) average).put((byte) threshold).putShort((short) every).putInt(refractory).array();
    }

    private static void assertNak(BoardClient client, byte[] payload, NakReason reason, long value) {
        Reply r = Reply.of(client.call(FrameType.LISTEN, payload));
        assertEquals(reason, r == null ? null : r.reason());
        assertEquals(value, r.value());
    }
}
