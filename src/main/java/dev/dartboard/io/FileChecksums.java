package dev.dartboard.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * CRC32C of files at rest (feature cache entries, checkpoints): streamed through one 1 MiB buffer, so a large
 * cache costs one pass over pages that are usually already in the page cache and no memory that grows with the
 * file (a mapping would charge every page read to the process's resident set until it is collected).
 * Written as 8 lower-case hex digits. Stateless, thread-safe.
 */
public final class FileChecksums {
    private static final int BUFFER = 1 << 20;

    private FileChecksums() { }

    /** CRC32C of the whole file. */
    public static long crc32c(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        ByteBuffer buf = ByteBuffer.allocateDirect(BUFFER);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (ch.read(buf.clear()) >= 0) crc.update(buf.flip());
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
