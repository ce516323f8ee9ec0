package dev.dartboard.device;

/** Progress of a flash, called on the flashing thread: {@code done} of {@code total} bytes in a phase. */
@FunctionalInterface
public interface FlashProgress {
    void update(String phase, long done, long total);
}
