package dev.dartboard.device;

/** A board-link failure with a message meant for the user; {@link #kind()} lets callers branch. */
public final class DeviceException extends RuntimeException {
    /** What went wrong, coarse enough for a UI to pick an icon and an action. */
    public enum Kind {
        PORT_ABSENT, PORT_BUSY, PORT_IO, NO_ANSWER, WRONG_BOARD, WRONG_FIRMWARE, TOO_LARGE,
        REJECTED, VERIFY_FAILED, CANCELLED
    }

    private final Kind kind;

    public DeviceException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public DeviceException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
