package dev.dartboard.device;

import java.util.zip.CRC32;

/** CRC-32/IEEE 802.3 as zlib computes it (the firmware's {@code dp_crc32}); values are unsigned in a long. */
public final class Crc32 {
    private Crc32() { }

    public static long of(byte[] data) {
        return of(data, 0, data.length);
    }

    public static long of(byte[] data, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(data, offset, length);
        return crc.getValue();
    }
}
