package dev.dartboard.device;

/** One model slot as INFO reports it; sizes in bytes, {@code crc32} and ids unsigned. */
public record SlotInfo(int index, State state, long generation, long modelId, long size, long crc32) {
    /** Slot states, codes as in dp_store.h (3 = an upload is writing it now). */
    public enum State { EMPTY, VALID, CORRUPT, RECEIVING }

    static State state(int code) {
        return code >= 0 && code < State.values().length ? State.values()[code] : State.CORRUPT;
    }
}
