package dev.dartboard.ui.deploy;

import dev.dartboard.device.BoardClient;
import dev.dartboard.device.BoardInfo;
import dev.dartboard.device.BoardRequirements;
import dev.dartboard.device.Crc32;
import dev.dartboard.device.FlashProgress;
import dev.dartboard.device.FlashResult;
import dev.dartboard.device.Flasher;
import dev.dartboard.device.FrameChannel;
import dev.dartboard.device.JsscSerialLink;
import dev.dartboard.device.RetryPolicy;

import dev.dartboard.device.DeviceException;
import dev.dartboard.device.HostPipeline;
import dev.dartboard.device.OnDeviceTester;
import dev.dartboard.device.SlotInfo;
import dev.dartboard.export.blob.BlobReader;
import dev.dartboard.quant.Int8Interpreter;
import dev.dartboard.quant.QuantModel;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Talks to the board on one port per call: opens it, HELLO/INFO, a verified flash or an on-device test, closes it.
 * Serialized (one call at a time, BoardClient is single-threaded); runs on a worker.
 */
public final class BoardSession {
    private final Random seqs = new Random();

    /** HELLO → INFO: board, firmware, free memory, slots. */
    public synchronized BoardInfo info(String port, boolean simulator) throws java.io.IOException {
        try (JsscSerialLink link = JsscSerialLink.open(port)) {
            return client(link, simulator).hello();
        }
    }

    /** Uploads {@code blob} with model id = its CRC32, verifies and commits (see {@link Flasher}). */
    public synchronized FlashResult flash(String port, boolean simulator, byte[] blob, FlashProgress progress)
            throws java.io.IOException {
        try (JsscSerialLink link = JsscSerialLink.open(port)) {
            return new Flasher(client(link, simulator), BoardRequirements.NANO_33_BLE, 8).flash(blob, Crc32.of(blob), progress);
        }
    }

    /**
     * Streams {@code clips} as PCM through the board's boot model, which must be {@code blob} (its CRC), and compares
     * each with the Java front end + Int8Interpreter ({@link OnDeviceTester}, as {@code dartboard device test --pcm}).
     */
    public synchronized OnDeviceTester.Report test(String port, boolean simulator, byte[] blob, List<OnDeviceTester.Clip> clips,
                                                   Consumer<OnDeviceTester.Outcome> outcomes) throws java.io.IOException {
        QuantModel m = new BlobReader().read(blob).model();
        try (JsscSerialLink link = JsscSerialLink.open(port)) {
            BoardClient client = client(link, simulator);
            SlotInfo boot = client.hello().bootModel();
            if (boot == null || boot.crc32() != Crc32.of(blob))
                throw new DeviceException(DeviceException.Kind.REJECTED, "the board does not boot the exported model: flash it first");
            return new OnDeviceTester(client, new Int8Interpreter(m)).runPcm(clips, new HostPipeline(m), outcomes::accept);
        }
    }

    private BoardClient client(JsscSerialLink link, boolean simulator) {
        return new BoardClient(new FrameChannel(link, seqs.nextInt(0x10000), f -> { }),
                simulator ? RetryPolicy.SIMULATOR : RetryPolicy.BOARD);
    }
}
