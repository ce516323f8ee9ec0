package dev.dartboard.device;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Full uploads to the host-built simulator over a real socat pty pair. */
class BoardUploadTest {
    @TempDir Path dir;

    @Test
    void uploadsARandomBlobAndBootsIt() throws Exception {
        try (SimRig rig = new SimRig(dir).start()) {
            byte[] model = SimRig.blob(1, 187_331);
            BoardClient client = rig.client();
            FlashResult r = new Flasher(client, BoardRequirements.NANO_33_BLE, 8).flash(model, 77, (p, d, t) -> { });
            SlotInfo boot = client.hello().bootModel();
            assertEquals(SlotInfo.State.VALID, boot.state());
            assertEquals(Crc32.of(model), boot.crc32());
            assertEquals(187_331, boot.size());
            assertEquals(77, boot.modelId());
            assertEquals(1, boot.generation());
            System.out.printf("upload over pty: %d bytes in %.3f s = %.1f KB/s%n", model.length, r.dataSeconds(), r.bytesPerSecond() / 1024);
            assertTrue(r.bytesPerSecond() > 50 * 1024, "throughput " + r.bytesPerSecond());
        }
    }

    @Test
    void secondUploadGoesToTheOtherSlotWithANewerGeneration() throws Exception {
        try (SimRig rig = new SimRig(dir).start()) {
            BoardClient client = rig.client();
            Flasher flasher = new Flasher(client, BoardRequirements.NANO_33_BLE, 8);
            flasher.flash(SimRig.blob(2, 50_001), 1, (p, d, t) -> { });
            BoardInfo info = flasher.flash(SimRig.blob(3, 60_003), 2, (p, d, t) -> { }).info();
            assertEquals(1, info.bootSlot());
            assertEquals(2, info.bootModel().generation());
            assertEquals(1, info.slots().get(0).modelId()); // the older model is still there
            DeviceException e = assertThrows(DeviceException.class, () -> client.infer(new byte[]{1, 2, 3}));
            assertTrue(e.getMessage().contains(NakReason.BAD_MODEL.text()), e.getMessage()); // random bytes are no model blob
        }
    }

    @Test
    void refusesAModelLargerThanASlot() throws Exception {
        try (SimRig rig = new SimRig(dir).start()) {
            BoardClient client = rig.client();
            long capacity = client.hello().slotCapacity();
            assertEquals(258_048, capacity);
            DeviceException e = assertThrows(DeviceException.class, () ->
                    new Flasher(client, BoardRequirements.NANO_33_BLE, 8).flash(new byte[(int) capacity + 1], 1, (p, d, t) -> { }));
            assertEquals(DeviceException.Kind.TOO_LARGE, e.kind());
        }
    }

    @Test
    void refusesTheWrongBoardAndTheWrongFirmware() throws Exception {
        try (SimRig rig = new SimRig(dir).start("--board", "Pico", "--fw", "2.1.0")) {
            BoardClient client = rig.client();
            BoardInfo info = client.hello();
            assertEquals("2.1.0", info.firmwareVersion());
            assertEquals(DeviceException.Kind.WRONG_BOARD, assertThrows(DeviceException.class,
                    () -> BoardRequirements.NANO_33_BLE.check(info)).kind());
            assertEquals(DeviceException.Kind.WRONG_FIRMWARE, assertThrows(DeviceException.class,
                    () -> new BoardRequirements("Pico", 1, 1).check(info)).kind());
        }
    }

    @Test
    void absentPortIsAClearError() {
        DeviceException e = assertThrows(DeviceException.class, () -> JsscSerialLink.open("/dev/ttyACM-dartboard-absent"));
        assertEquals(DeviceException.Kind.PORT_ABSENT, e.kind());
        assertTrue(e.getMessage().contains("does not exist"));
    }
}
