package dev.dartboard.device;

/**
 * What the host accepts on the other end: a board name prefix (the simulator reports
 * "Nano33BLE-sim", the Nano 33 BLE firmware "Nano33BLE"), the protocol version and the firmware
 * major version this host speaks.
 */
public record BoardRequirements(String boardPrefix, int protocol, int firmwareMajor) {
    public static final BoardRequirements NANO_33_BLE = new BoardRequirements("Nano33BLE", 1, 1);

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
