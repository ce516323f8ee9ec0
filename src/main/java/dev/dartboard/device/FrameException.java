package dev.dartboard.device;

/** A byte sequence that is not a valid frame; {@link #reason()} says why. */
public final class FrameException extends Exception {
    /** Why a frame was rejected. */
    public enum Reason { BAD_MAGIC, TRUNCATED, OVERSIZE, BAD_CRC, TRAILING_BYTES }

    private final Reason reason;

    public FrameException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
