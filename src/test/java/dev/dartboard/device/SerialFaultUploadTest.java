package dev.dartboard.device;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uploads through a link that drops, flips and duplicates ~1% of bytes both ways and stalls. */
class SerialFaultUploadTest {
    @TempDir Path dir;

    @Test
    void uploadEndsVerifiedOnANoisyLine() throws Exception {
        try (SimRig rig = new SimRig(dir).start()) {
            FaultyLink[] faulty = new FaultyLink[1];
            BoardClient client = rig.client(RetryPolicy.SIMULATOR, l -> faulty[0] = new FaultyLink(l, 42, 0.01, 0.003, 200));
            byte[] model = SimRig.blob(5, 60_000);
            FlashResult r = new Flasher(client, BoardRequirements.NANO_33_BLE, 4).flash(model, 9, (p, d, t) -> { });
            assertEquals(Crc32.of(model), r.info().bootModel().crc32());
            long[] c = faulty[0].counts;
            System.out.printf("noisy upload: %d bytes in %.2f s (%.1f KB/s); dropped %d, flipped %d, duplicated %d bytes, %d stalls; %d rewinds, %d bad frames seen by host%n",
                    model.length, r.dataSeconds(), r.bytesPerSecond() / 1024, c[0], c[1], c[2], c[3], r.rewinds(), client.channel().badFrames());
            assertTrue(c[0] > 100 && c[1] > 100 && c[2] > 100 && c[3] > 0, "faults were injected");
        }
    }
}
