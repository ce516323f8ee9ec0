package dev.dartboard.audio;

/**
 * ITU-T G.711 µ-law and A-law expansion to 16-bit linear PCM (the reference tables' values:
 * µ-law spans ±32124, A-law ±32256). Pure functions.
 */
final class G711 {
    private G711() { }

    /** Linear 16-bit value of a µ-law byte (0xFF and 0x7F are ±0, 0x00 is −32124). */
    static int ulawToLinear(int code) {
        int u = ~code & 0xFF;
        int exponent = (u >> 4) & 0x07;
        int magnitude = (((u & 0x0F) << 3) + 0x84) << exponent;
        magnitude -= 0x84;
        return (u & 0x80) != 0 ? -magnitude : magnitude;
    }

    /** Linear 16-bit value of an A-law byte (0xD5 is +8, 0x55 is −8, 0xAA is +32256). */
    static int alawToLinear(int code) {
        int a = (code ^ 0x55) & 0xFF;
        int exponent = (a >> 4) & 0x07;
        int mantissa = (a & 0x0F) << 4;
        int magnitude = exponent == 0 ? mantissa + 8 : (mantissa + 0x108) << (exponent - 1);
        return (a & 0x80) != 0 ? magnitude : -magnitude;
    }
}
