package dev.dartboard.io;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * CRC32C of files at rest (feature cache entries, checkpoints): computed over the memory-mapped file in
 * chunks below 2 GiB, so a large cache costs one pass over pages that are usually already in the page
 * cache. Written as 8 lower-case hex digits. Stateless, thread-safe.
 */
public final class FileChecksums {
    private static final long CHUNK = 1L << 30;

    private FileChecksums() { }

    /** CRC32C of the whole file. */
    public static long crc32c(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            for (long at = 0; at < size; at += CHUNK) {
                MappedByteBuffer m = ch.map(FileChannel.MapMode.READ_ONLY, at, Math.min(CHUNK, size - at));
                crc.update(m);
            }
        }
        return crc.getValue();
    }

    /** {@link #crc32c} as 8 hex digits. */
    public static String crc32cHex(Path file) throws IOException {
        return hex(crc32c(file));
    }

    public static String hex(long crc) {
        return String.format("%08x", crc);
    }

    /** CRC32C of bytes in memory, as 8 hex digits. */
    public static String crc32cHex(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return hex(crc.getValue());
    }
}
