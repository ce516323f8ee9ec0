package dev.dartboard.model;

/**
 * A microcontroller target, read from {@code assets/boards/<id>.json}. Sizes are bytes.
 *
 * @param id              file stem and CLI name, e.g. {@code nano33ble}
 * @param name            human name
 * @param cpu             core, e.g. {@code cortex-m4f}
 * @param clockHz         core clock, Hz
 * @param sramBytes       physical SRAM
 * @param flashBytes      physical flash
 * @param reservedSram    SRAM taken by the runtime, stacks and the board's own firmware
 * @param reservedFlash   flash taken by bootloader, soft device and the interpreter-free runtime
 * @param cyclesPerMac    average core cycles per int8 multiply-accumulate (CMSIS-NN class kernels)
 * @param notes           where the numbers come from (estimates are marked as such)
 */
public record BoardProfile(String id, String name, String cpu, long clockHz, long sramBytes,
                           long flashBytes, long reservedSram, long reservedFlash, double cyclesPerMac, String notes) {
    public BoardProfile {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("board id is required");
        if (clockHz <= 0 || sramBytes <= 0 || flashBytes <= 0 || !(cyclesPerMac > 0))
            throw new IllegalArgumentException("board sizes must be positive: " + id);
        if (reservedSram < 0 || reservedSram >= sramBytes || reservedFlash < 0 || reservedFlash >= flashBytes)
            throw new IllegalArgumentException("reserved shares must lie inside the board: " + id);
    }

    /** SRAM left for the model and its front end. */
    public long usableSram() { return sramBytes - reservedSram; }

    /** Flash left for the model and its front end. */
    public long usableFlash() { return flashBytes - reservedFlash; }

    /** The whole board as a budget (latency budget: one 1 s clip, i.e. real time). */
    public Budget asBudget() { return new Budget(usableSram(), usableFlash(), 1000.0); }
}
