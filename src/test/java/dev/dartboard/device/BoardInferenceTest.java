package dev.dartboard.device;

import dev.dartboard.export.blob.BlobWriter;
import dev.dartboard.quant.Int8Interpreter;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Full flash of a model blob to the simulator over a socat pty, then INFER on many inputs: the
 * firmware's dp_model (C, shared kws_kernels) must return Int8Interpreter's logits bit for bit.
 */
class BoardInferenceTest {
    @TempDir Path dir;

    @Test
    void dsCnnSOnTheBoardEqualsInt8Interpreter() throws Exception {
        assertBoardMatchesInterpreter(TestModels.quantized(TestModels.dsCnnS(21, 12)), 60);
    }

    @Test
    void everyOpKindOnTheBoardEqualsInt8Interpreter() throws Exception {
        assertBoardMatchesInterpreter(TestModels.quantized(TestModels.allOps(22, 6)), 60);
    }

    @Test
    void wrongInputLengthAndTooSmallArenaAreClearErrors() throws Exception {
        QuantModel m = TestModels.quantized(TestModels.dsCnnS(23, 12));
        try (SimRig rig = new SimRig(dir).start("--arena-kb", "8")) { // DS-CNN-S needs 16000 bytes
            BoardClient client = rig.client();
            new Flasher(client, BoardRequirements.NANO_33_BLE, 8).flash(new BlobWriter().write(m), 5, (p, d, t) -> { });
            DeviceException len = assertThrows(DeviceException.class, () -> client.infer(new byte[100]));
            assertTrue(len.getMessage().contains("value 490"), len.getMessage());
            DeviceException ram = assertThrows(DeviceException.class, () -> client.infer(new byte[490]));
            assertTrue(ram.getMessage().contains(NakReason.NO_RAM.text()) && ram.getMessage().contains("value 16000"), ram.getMessage());
        }
    }

    private void assertBoardMatchesInterpreter(QuantModel m, int n) throws Exception {
        byte[] blob = new BlobWriter().write(m);
        try (SimRig rig = new SimRig(dir).start()) {
            BoardClient client = rig.client();
            FlashResult r = new Flasher(client, BoardRequirements.NANO_33_BLE, 8).flash(blob, Crc32.of(blob), (p, d, t) -> { });
            assertEquals(Crc32.of(blob), r.info().bootModel().crc32());
            Int8Interpreter reference = new Int8Interpreter(m);
            List<float[]> inputs = TestModels.inputs(99, n, m.inputShape()[0] * m.inputShape()[1]);
            for (float[] x : inputs) {
                byte[] q = m.quantizeInput(x);
                InferResult got = client.infer(q);
                assertEquals(Crc32.of(blob), got.modelId());
                assertArrayEquals(reference.logits(q), got.scores());
            }
        }
    }
}
