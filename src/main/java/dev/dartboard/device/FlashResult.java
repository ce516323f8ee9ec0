package dev.dartboard.device;

/**
 * A verified flash: the board's INFO after COMMIT, bytes sent, seconds spent in DATA, the offset
 * the upload resumed from (0 if fresh) and how many times the pump rewound after a fault.
 */
public record FlashResult(BoardInfo info, long bytes, double dataSeconds, long resumedFrom, long rewinds) {
    /** Upload throughput of the DATA phase in bytes per second. */
    public double bytesPerSecond() {
        return dataSeconds <= 0 ? 0 : (bytes - resumedFrom) / dataSeconds;
    }
}
