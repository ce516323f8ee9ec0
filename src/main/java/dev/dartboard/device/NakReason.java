package dev.dartboard.device;

/** NAK reason codes, identical to {@code DP_NAK_*} in {@code firmware/core/dp_proto.h}. */
public enum NakReason {
    BAD_FRAME(1, "frame damaged on the line"), UNKNOWN_TYPE(2, "unknown frame type"),
    BAD_LENGTH(3, "wrong payload length"), BAD_STATE(4, "not allowed in the board's current state"),
    OUT_OF_ORDER(5, "data offset ahead of what the board has"), TOO_LARGE(6, "model larger than a slot"),
    BAD_SLOT(7, "slot is the boot slot or does not exist"), CRC_MISMATCH(8, "CRC of the received model does not match"),
    FLASH(9, "flash write failed on the board"), NO_MODEL(10, "no committed model on the board"),
    NOT_SUPPORTED(11, "not supported by this firmware"), OVERRUN(12, "data beyond the announced size"),
    BAD_MODEL(13, "the board cannot run the committed model (not a valid model blob)"),
    NO_RAM(14, "the model needs more activation RAM than the board has"),
    BAD_PAYLOAD(15, "the model blob's payload checksum does not match its bytes (not committed; the old model still boots)"),
    BAD_VALUE(16, "a setting out of range"),
    UNKNOWN(0, "unknown reason");

    private final int code;
    private final String text;

    NakReason(int code, String text) {
        this.code = code;
        this.text = text;
    }

    public int code() { return code; }
    public String text() { return text; }

    public static NakReason of(int code) {
        for (NakReason r : values()) if (r.code == code) return r;
        return UNKNOWN;
    }
}
