package dev.dartboard.nas.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.io.AtomicFiles;
import dev.dartboard.io.FileChecksums;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A search checkpoint in {@code <dir>}: a data file {@code search-<step>-<generation>.ckpt} = magic,
 * {@link SearchState} as JSON, then named arrays (the supernet's variables and {@code updater/<key>} states)
 * in ND4J's binary format; and {@code manifest.json} ({@link Manifest}: each data file's name, bytes and
 * CRC32C), written atomically last. The data file is published under a new name first, so a kill at any
 * moment leaves the previous manifest with its (still present) data file, or the new pair; files the manifest
 * no longer names are deleted after it is published. {@link #load} checks every file against the manifest
 * and refuses a missing, truncated or changed one with an IOException naming it. Checkpoints written before
 * manifests existed ({@code search.ckpt} alone) are still read, unchecked, with a note to {@code notices}.
 * Stateless apart from the folder.
 */
public final class Checkpoint {
    static final String FILE = "search.ckpt", MAGIC = "dartboard-search-ckpt-1", MANIFEST = "manifest.json";
    private final ObjectMapper json;
    private final Consumer<String> notices;

    /** @param notices told (one line) when an old checkpoint without a manifest is read unchecked */
    public Checkpoint(ObjectMapper json, Consumer<String> notices) {
        this.json = json;
        this.notices = notices;
    }

    /** Notices go to standard error. */
    public Checkpoint(ObjectMapper json) { this(json, System.err::println); }

    /** The saved content. */
    public record Content(SearchState state, Map<String, INDArray> arrays) {}

    /**
     * What {@code manifest.json} holds.
     *
     * @param version    {@link #VERSION}
     * @param generation 1 for the first save in a folder, then +1 per save
     * @param files      the data files of this checkpoint (one today)
     */
    public record Manifest(int version, long generation, List<Entry> files) {
        public static final int VERSION = 1;

        /** A data file: name in the folder, size in bytes, CRC32C as 8 hex digits. */
        public record Entry(String name, long bytes, String crc32c) {}
    }

    /** A checkpoint (with a manifest, or an old one without, or data files whose manifest is lost) is in {@code dir}. */
    public static boolean exists(Path dir) {
        if (Files.isRegularFile(dir.resolve(MANIFEST)) || Files.isRegularFile(dir.resolve(FILE))) return true;
        if (!Files.isDirectory(dir)) return false;
        try (DirectoryStream<Path> data = Files.newDirectoryStream(dir, "search*.ckpt")) {
            return data.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    public void save(Path dir, Content c) throws IOException {
        Files.createDirectories(dir);
        long generation = Files.isRegularFile(dir.resolve(MANIFEST)) ? previousGeneration(dir) + 1 : 1;
        String name = "search-" + c.state().step() + "-" + generation + ".ckpt";
        Path data = dir.resolve(name), tmp = AtomicFiles.tempFor(data);
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW)))) {
                out.writeUTF(MAGIC);
                out.writeUTF(json.writeValueAsString(c.state()));
                out.writeInt(c.arrays().size());
                for (Map.Entry<String, INDArray> e : c.arrays().entrySet()) {
                    out.writeUTF(e.getKey());
                    Nd4j.write(e.getValue(), out);
                }
            }
            AtomicFiles.publish(tmp, data);
        } finally {
            Files.deleteIfExists(tmp);
        }
        Manifest m = new Manifest(Manifest.VERSION, generation,
                List.of(new Manifest.Entry(name, Files.size(data), FileChecksums.crc32cHex(data))));
        AtomicFiles.write(dir.resolve(MANIFEST), json.writeValueAsBytes(m));
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "search*.ckpt")) {
            for (Path p : old) if (!p.getFileName().toString().equals(name)) Files.deleteIfExists(p);
        }
    }

    /** @throws IOException naming the file when the manifest or a data file is missing, unreadable, truncated or changed */
    public Content load(Path dir) throws IOException {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            Path old = dir.resolve(FILE);
            if (!Files.isRegularFile(old))
                throw new IOException(manifest + ": missing, though " + dir + " holds checkpoint data; the checkpoint cannot be"
                        + " trusted: start the search again");
            notices.accept("note: " + old + " has no checksum manifest (written by an older Dartboard): resuming from it unchecked");
            return read(old);
        }
        Manifest m = manifest(manifest);
        for (Manifest.Entry e : m.files()) verify(dir, manifest, e);
        return read(dir.resolve(m.files().get(0).name()));
    }

    private long previousGeneration(Path dir) {
        try {
            return manifest(dir.resolve(MANIFEST)).generation();
        } catch (IOException e) {
            return 0; // a damaged manifest is replaced by this save
        }
    }

    private Manifest manifest(Path file) throws IOException {
        Manifest m;
        try {
            m = json.readValue(file.toFile(), Manifest.class);
        } catch (IOException e) {
            throw new IOException(file + ": not a valid checkpoint manifest (" + firstLine(e) + "); the checkpoint cannot be"
                    + " trusted: start the search again", e);
        }
        if (m.version() > Manifest.VERSION)
            throw new IOException(file + ": checkpoint manifest version " + m.version() + ", written by a newer Dartboard");
        if (m.files() == null || m.files().isEmpty() || m.files().stream().anyMatch(f -> f.name() == null || f.crc32c() == null
                || f.name().contains("/") || f.name().contains("\\")))
            throw new IOException(file + ": checkpoint manifest without valid file entries; the checkpoint cannot be trusted");
        return m;
    }

    private static void verify(Path dir, Path manifest, Manifest.Entry e) throws IOException {
        Path f = dir.resolve(e.name());
        if (!Files.isRegularFile(f)) throw new IOException(f + ": missing (listed in " + manifest + "); the checkpoint cannot be resumed");
        long size = Files.size(f);
        if (size != e.bytes())
            throw new IOException(f + ": " + size + " bytes, " + manifest + " says " + e.bytes() + " (truncated or overwritten);"
                    + " the checkpoint cannot be resumed");
        String crc = FileChecksums.crc32cHex(f);
        if (!crc.equals(e.crc32c()))
            throw new IOException(f + ": CRC32C " + crc + ", " + manifest + " says " + e.crc32c() + " (the file changed after it"
                    + " was written); the checkpoint cannot be resumed");
    }

    /** Parses a data file; a truncated or malformed one is an IOException naming it. */
    private Content read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!MAGIC.equals(in.readUTF())) throw new IOException(file + ": not a Dartboard search checkpoint");
            SearchState state = json.readValue(in.readUTF(), SearchState.class);
            int n = in.readInt();
            Map<String, INDArray> arrays = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) arrays.put(in.readUTF(), Nd4j.read(in));
            return new Content(state, arrays);
        } catch (EOFException e) {
            throw new IOException(file + ": damaged checkpoint (it ends early: truncated?)", e);
        } catch (RuntimeException e) { // ND4J wraps its read errors
            boolean eof = false;
            for (Throwable t = e; t != null && !eof; t = t.getCause()) eof = t instanceof EOFException;
            throw new IOException(file + ": damaged checkpoint (" + (eof || String.valueOf(e.getMessage()).contains("EOFException")
                    ? "it ends early: truncated?" : firstLine(e)) + ")", e);
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(file.toString())) throw e;
            throw new IOException(file + ": damaged checkpoint (" + firstLine(e) + ")", e);
        }
    }

    private static String firstLine(Throwable e) {
        return String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()).lines().findFirst().orElse("");
    }
}
