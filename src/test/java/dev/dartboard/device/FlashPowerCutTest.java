package dev.dartboard.device;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Power cuts (SIGKILL of the simulator) during DATA and inside COMMIT, and resume after unplugging. */
class FlashPowerCutTest {
    private static final FlashProgress QUIET = (p, d, t) -> { };
    @TempDir Path dir;

    @Test
    void powerCutDuringDataKeepsTheOldModelAndARedoSucceeds() throws Exception {
        byte[] a = SimRig.blob(10, 80_000), b = SimRig.blob(11, 120_000);
        try (SimRig rig = new SimRig(dir).start()) {
            BoardClient client = rig.client(new RetryPolicy(60, 200, 4), l -> l);
            new Flasher(client, BoardRequirements.NANO_33_BLE, 8).flash(a, 1, QUIET);
            FlashProgress cutAt40 = (p, done, total) -> { if (done > total * 2 / 5) powerCut(rig); };
            assertThrows(DeviceException.class, () -> new Flasher(client, BoardRequirements.NANO_33_BLE, 8).flash(b, 2, cutAt40));
        }
        try (SimRig rig = new SimRig(dir).start()) { // reboot from the same flash image, new USB port
            BoardClient client = rig.client();
            BoardInfo info = client.hello();
            assertEquals(Crc32.of(a), info.bootModel().crc32());
            assertEquals(SlotInfo.State.EMPTY, info.slots().get(1).state());
            FlashResult redo = new Flasher(client, BoardRequirements.NANO_33_BLE, 8).flash(b, 2, QUIET);
            assertEquals(Crc32.of(b), redo.info().bootModel().crc32());
            assertEquals(2, redo.info().bootModel().generation());
        }
    }

    @Test
    void powerCutInsideCommitKeepsTheOldModel() throws Exception {
        byte[] a = SimRig.blob(12, 50_000), b = SimRig.blob(13, 70_000);
        try (SimRig rig = new SimRig(dir).start()) {
            new Flasher(rig.client(), BoardRequirements.NANO_33_BLE, 8).flash(a, 1, QUIET);
        }
        try (SimRig rig = new SimRig(dir).start("--crash-in-commit")) { // tears the header write in half
            BoardClient client = rig.client(new RetryPolicy(60, 200, 3), l -> l);
            assertThrows(DeviceException.class, () -> new Flasher(client, BoardRequirements.NANO_33_BLE, 8).flash(b, 2, QUIET));
            assertEquals(3, rig.sim().waitFor(2000)); // exit code 3: the simulated power cut happened
        }
        try (SimRig rig = new SimRig(dir).start()) {
            BoardInfo info = rig.client().hello();
            assertEquals(0, info.bootSlot());
            assertEquals(Crc32.of(a), info.bootModel().crc32());
            assertEquals(SlotInfo.State.CORRUPT, info.slots().get(1).state()); // torn header fails its CRC
        }
    }

    @Test
    void unpluggedUploadResumesFromTheLastAcknowledgedOffset() throws Exception {
        byte[] b = SimRig.blob(14, 150_000);
        try (SimRig rig = new SimRig(dir).start()) {
            FlashProgress unplugAtHalf = (p, done, total) -> {
                if (done > total / 2) throw new DeviceException(DeviceException.Kind.CANCELLED, "unplugged");
            };
            assertThrows(DeviceException.class, () -> new Flasher(rig.client(), BoardRequirements.NANO_33_BLE, 8).flash(b, 3, unplugAtHalf));
            FlashResult r = new Flasher(rig.client(), BoardRequirements.NANO_33_BLE, 8).flash(b, 3, QUIET); // reopens the port
            assertTrue(r.resumedFrom() > 75_000 && r.resumedFrom() < 150_000, "resumed from " + r.resumedFrom());
            assertEquals(Crc32.of(b), r.info().bootModel().crc32());
        }
    }

    private static void powerCut(SimRig rig) {
        try {
            if (rig.sim().isAlive()) rig.sim().powerCut();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
