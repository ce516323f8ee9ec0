package dev.dartboard.data;

import dev.dartboard.io.AtomicFiles;
import dev.dartboard.io.FileChecksums;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Features of a list of sources under one front end ({@link FeatureShape}), computed once and kept on disk in
 * {@code dir} as {@code <config id>-<key>.f32} (little-endian float32 [rows × frames × features],
 * rows sorted by {@link Source#descriptor()}) plus {@code <config id>-<key>.json} ({@link CacheIndex}).
 * key = SHA-256 of the config id, the shape and the sorted descriptors with each file's size and mtime, so a
 * changed file (size or mtime) gives a new key: the old pair is simply not used again. Both files are
 * written atomically, the index last (it marks a complete entry); the index holds the float file's CRC32C,
 * verified (over the mapped file) at every load. An entry whose float file is missing, has another size or
 * another checksum, or whose index is unreadable or of another version, is rebuilt and the user told
 * (one line to {@code notices} naming the file). Safe for concurrent processes.
 */
public final class FeatureCache {
    private final Path dir;
    private final ObjectMapper mapper;
    private final CacheWriter writer;
    private final Consumer<String> notices;

    /**
     * @param threads workers for a build (e.g. the available processors)
     * @param notices told (one line each) when an entry on disk is damaged and rebuilt
     */
    public FeatureCache(Path dir, ObjectMapper mapper, int threads, Consumer<String> notices) {
        this.dir = dir;
        this.mapper = mapper;
        this.writer = new CacheWriter(threads);
        this.notices = notices;
    }

    /** Notices go to standard error. */
    public FeatureCache(Path dir, ObjectMapper mapper, int threads) {
        this(dir, mapper, threads, System.err::println);
    }

    /** {@code $DARTBOARD_CACHE/features} if set, else {@code ~/.cache/dartboard/features}. */
    public static Path defaultDir() {
        String env = System.getenv("DARTBOARD_CACHE");
        if (env != null && !env.isBlank()) return Path.of(env, "features");
        return Path.of(System.getProperty("user.home"), ".cache", "dartboard", "features");
    }

    /** The table for {@code sources} (files relative to {@code root}): reused when valid, else built. */
    public FeatureTable load(Path root, FeatureShape shape, List<Source> sources, SampleSource samples,
                             Supplier<FeatureFunction> fns) throws IOException {
        int produced = fns.get().length();
        if (produced != shape.length())
            throw new IllegalArgumentException("front end yields " + produced + " values per clip, " + shape + " needs " + shape.length());
        List<Source> rows = new ArrayList<>(sources);
        rows.sort(Comparator.comparing(Source::descriptor));
        List<CacheIndex.FileStamp> stamps = stamps(root, rows);
        String key = key(shape, rows, stamps);
        Path data = dir.resolve(shape.configId() + "-" + key + ".f32");
        Path indexFile = dir.resolve(shape.configId() + "-" + key + ".json");
        CacheIndex cached = readIndex(indexFile);
        if (cached != null) {
            String problem = problem(data, cached);
            if (problem == null) return new FeatureTable(data, cached);
            notices.accept("feature cache: " + data + " " + problem + ": rebuilding the entry");
        }
        Files.createDirectories(dir);
        List<Issue> rejected = writer.write(data, rows, samples, fns);
        CacheIndex index = new CacheIndex(CacheIndex.VERSION, shape.configId(), key, shape.frames(), shape.features(),
                stamps, rows.stream().map(Source::descriptor).toList(), rejected, FileChecksums.crc32cHex(data));
        AtomicFiles.write(indexFile, mapper.writeValueAsBytes(index));
        return new FeatureTable(data, index);
    }

    /** Size and mtime of every distinct file, in first-use order; a missing file is an error naming it. */
    private static List<CacheIndex.FileStamp> stamps(Path root, List<Source> rows) throws IOException {
        Map<String, CacheIndex.FileStamp> byPath = new LinkedHashMap<>();
        for (Source s : rows) {
            if (s.path().isEmpty() || byPath.containsKey(s.path())) continue;
            BasicFileAttributes a = Files.readAttributes(root.resolve(s.path()), BasicFileAttributes.class);
            byPath.put(s.path(), new CacheIndex.FileStamp(s.path(), a.size(), a.lastModifiedTime().toMillis()));
        }
        return new ArrayList<>(byPath.values());
    }

    private static String key(FeatureShape shape, List<Source> rows, List<CacheIndex.FileStamp> stamps) {
        MessageDigest sha = sha256();
        sha.update((shape.configId() + "\n" + shape.frames() + "x" + shape.features() + "\n").getBytes(StandardCharsets.UTF_8));
        for (Source s : rows) sha.update((s.descriptor() + "\n").getBytes(StandardCharsets.UTF_8));
        for (CacheIndex.FileStamp f : stamps)
            sha.update((f.path() + "\t" + f.size() + "\t" + f.mtimeMs() + "\n").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    /** Why the float file does not match its index (missing, size, CRC32C), or null when it does. */
    private static String problem(Path data, CacheIndex index) throws IOException {
        if (!Files.isRegularFile(data)) return "is missing";
        long size = Files.size(data);
        if (size != index.dataBytes()) return "is " + size + " bytes, its index says " + index.dataBytes() + " (truncated or overwritten)";
        String crc = FileChecksums.crc32cHex(data);
        if (!crc.equals(index.crc32c()))
            return "has CRC32C " + crc + ", its index says " + index.crc32c() + " (changed on disk since it was written)";
        return null;
    }

    /** The index, or null when absent, unreadable or of another version (then the entry is rebuilt; the last two are told). */
    private CacheIndex readIndex(Path file) {
        if (!Files.isRegularFile(file)) return null;
        try {
            CacheIndex index = mapper.readValue(file.toFile(), CacheIndex.class);
            if (index.version() == CacheIndex.VERSION && index.crc32c() != null) return index;
            notices.accept("feature cache: " + file + " is a version " + index.version() + " index (this Dartboard writes "
                    + CacheIndex.VERSION + ", with a checksum): rebuilding the entry");
        } catch (IOException e) {
            notices.accept("feature cache: " + file + " is not a readable index (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                    + "): rebuilding the entry");
        }
        return null;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
