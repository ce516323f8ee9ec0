package dev.dartboard.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dartboard.io.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Which inputs made each derived file of a folder: {@code provenance.json} =
 * {@code {"version":1,"files":{"model.int8.json":{"sha256":"…","inputs":{"model.float.json":"…"}}, …}}},
 * paths relative to the folder ({@code ../} allowed), hashes SHA-256 of the bytes. Writers {@link #record}
 * a file right after writing it; readers {@link #verify} it, which walks the whole chain
 * (blob → int8 model → float model → genotype) and refuses a file that changed after it was recorded or
 * whose inputs changed since, naming both. A file without an entry (a run written before provenance
 * existed) is accepted as it is. Callers serialise writes of one folder (the {@link RunLock}).
 */
public final class Provenance {
    public static final String FILE = "provenance.json";
    private static final int VERSION = 1, MAX_DEPTH = 16;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path dir;

    public Provenance(Path dir) { this.dir = dir; }

    /** Records {@code file}'s hash and those of its {@code inputs} (all existing files). */
    public void record(Path file, List<Path> inputs) throws IOException {
        ObjectNode root = read();
        ObjectNode entry = JSON.createObjectNode();
        entry.put("sha256", sha256(file));
        ObjectNode in = entry.putObject("inputs");
        for (Path i : inputs) in.put(name(i), sha256(i));
        files(root).set(name(file), entry);
        AtomicFiles.write(dir.resolve(FILE), JSON.writeValueAsBytes(root));
    }

    /** Drops the entries of {@code files} (deleted, or about to be rewritten). */
    public void forget(List<Path> files) throws IOException {
        if (!Files.isRegularFile(dir.resolve(FILE))) return;
        ObjectNode root = read();
        for (Path f : files) files(root).remove(name(f));
        AtomicFiles.write(dir.resolve(FILE), JSON.writeValueAsBytes(root));
    }

    /**
     * Checks {@code file} and, recursively, the inputs it was made from.
     *
     * @throws StaleFileException naming the file and the changed input, with the command that remakes it
     */
    public void verify(Path file) throws IOException {
        verify(file, read(), 0);
    }

    private void verify(Path file, ObjectNode root, int depth) throws IOException {
        JsonNode entry = files(root).get(name(file));
        if (entry == null || depth > MAX_DEPTH) return;
        if (!Files.isRegularFile(file)) return;   // a missing file is its reader's error
        if (entry.has("sha256") && !entry.get("sha256").asText().equals(sha256(file)))
            throw new StaleFileException(file + " was changed after Dartboard wrote it (its SHA-256 differs from the one in "
                    + dir.resolve(FILE) + "); " + remedy(file));
        for (var it = entry.path("inputs").fields(); it.hasNext(); ) {
            var e = it.next();
            Path input = dir.resolve(e.getKey()).normalize();
            if (!Files.isRegularFile(input))
                throw new StaleFileException(file + " was made from " + input + ", which is gone; " + remedy(file));
            if (!e.getValue().asText().equals(sha256(input)))
                throw new StaleFileException(file + " was made from " + input + ", which has changed since (retrained or edited); "
                        + remedy(file));
            verify(input, root, depth + 1);
        }
    }

    /** How the user remakes {@code file} (run folder files by name; anything else is an export). */
    private static String remedy(Path file) {
        Path run = file.toAbsolutePath().getParent();
        return switch (file.getFileName().toString()) {
            case RunFolder.FLOAT_MODEL -> "train again (dartboard train --force --out " + run + " ...)";
            case RunFolder.INT8_MODEL, RunFolder.BLOB, RunFolder.QUANT_REPORT -> "quantize again (dartboard quantize --data DIR --run " + run + ")";
            default -> "make it again with the command that wrote it";
        };
    }

    /** The inputs recorded for {@code file} (paths in this folder), empty when it has no entry. */
    public List<Path> inputs(Path file) throws IOException {
        List<Path> out = new ArrayList<>();
        JsonNode entry = files(read()).get(name(file));
        if (entry != null) entry.path("inputs").fieldNames().forEachRemaining(n -> out.add(dir.resolve(n).normalize()));
        return out;
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) d.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private String name(Path file) {
        Path base = dir.toAbsolutePath().normalize(), f = file.toAbsolutePath().normalize();
        return base.relativize(f).toString().replace('\\', '/');
    }

    private ObjectNode read() throws IOException {
        Path f = dir.resolve(FILE);
        if (!Files.isRegularFile(f)) return newRoot();
        JsonNode n;
        try {
            n = JSON.readTree(f.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(f + ": not valid JSON (" + e.getOriginalMessage() + "); delete it to accept the run's files unchecked", e);
        }
        if (!(n instanceof ObjectNode o)) return newRoot();
        if (o.path("version").asInt(VERSION) > VERSION)
            throw new IOException(f + ": written by a newer Dartboard (version " + o.path("version").asInt() + ")");
        return o;
    }

    private static ObjectNode newRoot() {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        root.putObject("files");
        return root;
    }

    private static ObjectNode files(ObjectNode root) {
        JsonNode f = root.get("files");
        return f instanceof ObjectNode o ? o : root.putObject("files");
    }

    /** A derived file whose inputs changed since it was made (or that changed itself). */
    public static final class StaleFileException extends IOException {
        public StaleFileException(String message) { super(message); }
    }
}
