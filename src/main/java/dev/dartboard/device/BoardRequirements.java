package dev.dartboard.device;

import dev.dartboard.export.blob.BlobFormat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * What the host accepts on the other end: a board name prefix (the simulator reports
 * "Nano33BLE-sim", the Nano 33 BLE firmware "Nano33BLE"), the protocol version and the firmware
 * major version this host speaks (and the minor version a blob v4 needs: {@link #checkBlob}).
 */
public record BoardRequirements(String boardPrefix, int protocol, int firmwareMajor) {
    public static final BoardRequirements NANO_33_BLE = new BoardRequirements("Nano33BLE", 1, 1);

    /** The firmware minor version (of {@link #firmwareMajor}) from which the board runs model blobs v4 (a Q15 front end). */
    public static final int Q15_FIRMWARE_MINOR = 1;

    /**
     * Throws WRONG_FIRMWARE when {@code blob} is a model blob the board's firmware cannot run: v4 (a Q15 front end) on
     * firmware before 1.1, which would store it and then refuse to run it. Anything else passes (the board judges it).
     */
    public void checkBlob(BoardInfo info, byte[] blob) {
        if (blob.length < 6 || ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).getInt(0) != BlobFormat.MAGIC) return;
        int version = blob[4] & 0xFF | (blob[5] & 0xFF) << 8;
        if (version >= BlobFormat.VERSION_4 && minor(info) < Q15_FIRMWARE_MINOR)
            throw new DeviceException(DeviceException.Kind.WRONG_FIRMWARE, "the board runs Dartboard firmware " + info.firmwareVersion()
                    + ", which runs float front ends only; this model's Q15 front end (blob v4) needs firmware " + firmwareMajor + "."
                    + Q15_FIRMWARE_MINOR + " or later: flash firmware/arduino/dartboard_fw once (firmware/README.md)");
    }

    private static int minor(BoardInfo info) {
        String[] v = info.firmwareVersion().split("\\.");
        return v.length > 1 ? Integer.parseInt(v[1]) : 0;
    }

    /** Throws WRONG_BOARD or WRONG_FIRMWARE with a message that says what to do. */
    public void check(BoardInfo info) {
        if (!info.board().startsWith(boardPrefix))
            throw new DeviceException(DeviceException.Kind.WRONG_BOARD, "the port answers as board '" + info.board()
                    + "', expected " + boardPrefix + ": pick the port of the right board");
        if (info.protocol() != protocol || info.firmwareMajor() != firmwareMajor)
            throw new DeviceException(DeviceException.Kind.WRONG_FIRMWARE, "the board runs Dartboard firmware " + info.firmwareVersion()
                    + " (protocol " + info.protocol() + "); this Dartboard needs firmware " + firmwareMajor + ".x (protocol "
                    + protocol + "): flash firmware/arduino/dartboard_fw once (firmware/README.md)");
    }
}
