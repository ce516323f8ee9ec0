package dev.dartboard.export.card;

/**
 * Section sizes of the C library built for the Cortex-M4F (arm-none-eabi-size -A of each object, summed).
 * Library SRAM is the arena and front-end scratch; the streaming state lives in the sketch.
 *
 * @param compiler the compiler's version line
 */
public record MeasuredSizes(long text, long rodata, long data, long bss, String compiler) {
    /** text + rodata + data (initialised data is stored in flash too). */
    public long flashBytes() { return text + rodata + data; }

    /** data + bss. */
    public long sramBytes() { return data + bss; }
}
