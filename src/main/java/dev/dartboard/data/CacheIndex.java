package dev.dartboard.data;

import java.util.List;

/**
 * The JSON index next to a cache's float file: which rows it holds and from which file versions.
 *
 * @param version  format version, {@link #VERSION}
 * @param config   the {@code DataConfig.id()} the features were computed with
 * @param key      the cache key (hex), also in the file names
 * @param frames   frames per row
 * @param features values per frame
 * @param files    every input file with the size and mtime it had when read
 * @param rows     the {@link Source#descriptor()} of each row, in file order
 * @param rejected rows whose input could not be read (their features are zeros; never train on them)
 * @param crc32c   CRC32C of the float file as 8 hex digits ({@code FileChecksums}), checked at every load
 *                 (since version 2; version 1 indexes had none and are rebuilt)
 */
public record CacheIndex(int version, String config, String key, int frames, int features,
                         List<FileStamp> files, List<String> rows, List<Issue> rejected, String crc32c) {
    public static final int VERSION = 2;

    /**
     * @param path    relative '/'-separated path
     * @param size    bytes
     * @param mtimeMs last modification, milliseconds since the epoch
     */
    public record FileStamp(String path, long size, long mtimeMs) { }

    /** Bytes of the float file this index describes. */
    public long dataBytes() {
        return (long) rows.size() * frames * features * Float.BYTES;
    }
}
