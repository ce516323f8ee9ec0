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

import java.util.Random;

/**
 * Talks to the board on one port per call: opens it, HELLO/INFO or a verified flash, closes it.
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

    private BoardClient client(JsscSerialLink link, boolean simulator) {
        return new BoardClient(new FrameChannel(link, seqs.nextInt(0x10000), f -> { }),
                simulator ? RetryPolicy.SIMULATOR : RetryPolicy.BOARD);
    }
}
