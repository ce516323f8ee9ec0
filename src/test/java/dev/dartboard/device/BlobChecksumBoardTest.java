package dev.dartboard.device;

import dev.dartboard.cli.Main;
import dev.dartboard.export.blob.BlobWriter;
import dev.dartboard.quant.Int8Interpreter;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A model blob with one flipped weight bit: the transfer CRC matches the damaged file, so only the blob's
 * own payload checksum can catch it. The board (simulator) must refuse to commit it and keep booting the
 * old model; {@code flash} must refuse it before sending anything.
 */
class BlobChecksumBoardTest {
    @TempDir Path dir;

    /** The blob with one bit of its first op's weights flipped (header and its checksum untouched). */
    static byte[] flipWeightBit(byte[] blob) {
        byte[] bad = blob.clone();
        ByteBuffer b = ByteBuffer.wrap(bad).order(ByteOrder.LITTLE_ENDIAN);
        bad[b.getInt(b.getInt(36) + 68) + 5] ^= 0x04;
        return bad;
    }

    @Test
    void theBoardRefusesToCommitABlobWhoseWeightsChangedAndKeepsBootingTheOldOne() throws Exception {
        QuantModel a = TestModels.quantized(TestModels.dsCnnS(31, 12));
        byte[] good = new BlobWriter().write(a);
        byte[] bad = flipWeightBit(new BlobWriter().write(TestModels.quantized(TestModels.dsCnnS(32, 12))));
        try (SimRig rig = new SimRig(dir).start()) {
            BoardClient client = rig.client();
            new Flasher(client, BoardRequirements.NANO_33_BLE, 8).flash(good, 1, (p, d, t) -> { });
            DeviceException e = assertThrows(DeviceException.class,
                    () -> new Flasher(client, BoardRequirements.NANO_33_BLE, 8).flash(bad, 2, (p, d, t) -> { }));
            assertTrue(e.getMessage().contains("payload checksum"), e.getMessage());
            assertEquals(Crc32.of(good), client.hello().bootModel().crc32());
            byte[] q = a.quantizeInput(TestModels.inputs(5, 1, 490).get(0));
            assertArrayEquals(new Int8Interpreter(a).logits(q), client.infer(q).scores(), "model A still runs");
        }
        try (SimRig rig = new SimRig(dir).start()) { // after a reset, too
            SlotInfo boot = rig.client().hello().bootModel();
            assertEquals(Crc32.of(good), boot.crc32());
            assertEquals(1, boot.modelId());
        }
    }

    @Test
    void anOldV1BlobWithoutAChecksumStillFlashesAndRuns() throws Exception {
        byte[] v1 = dev.dartboard.export.blob.ModelBlobFormatTest.tinyBytes(1); // as v1 writers made it
        QuantModel m = dev.dartboard.export.blob.ModelBlobFormatTest.tinyFc();
        try (SimRig rig = new SimRig(dir).start()) {
            BoardClient client = rig.client();
            new Flasher(client, BoardRequirements.NANO_33_BLE, 8).flash(v1, 3, (p, d, t) -> { });
            for (byte[] x : new byte[][]{{0, 0}, {5, -7}, {127, -128}})
                assertArrayEquals(new Int8Interpreter(m).logits(x), client.infer(x).scores());
        }
    }

    @Test
    void flashRefusesADamagedBlobNamingTheFileAndSendsNothing() throws Exception {
        byte[] bad = flipWeightBit(new BlobWriter().write(TestModels.quantized(TestModels.dsCnnS(33, 12))));
        Path file = Files.write(dir.resolve("damaged.blob"), bad);
        try (SimRig rig = new SimRig(dir).start()) {
            StringWriter err = new StringWriter();
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(new StringWriter()));
            cl.setErr(new PrintWriter(err, true));
            int rc = cl.execute("flash", "--port", rig.portB().toString(), "--model", file.toString(), "--simulator");
            assertEquals(1, rc, err.toString());
            assertTrue(err.toString().contains(file.toString()) && err.toString().contains("payload checksum"), err.toString());
            assertEquals(-1, rig.client().hello().bootSlot(), "nothing was flashed");
        }
    }
}
