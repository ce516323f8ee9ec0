package dev.dartboard.nas.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A search checkpoint: one file {@code <dir>/search.ckpt} = magic, {@link SearchState} as JSON, then
 * named arrays (the supernet's variables and {@code updater/<key>} states) in ND4J's binary format.
 * Written atomically: temp file in the same folder, fsync, rename over the old one, fsync the folder —
 * a kill at any moment leaves the previous checkpoint or the new one, never a torn file. Stateless.
 */
public final class Checkpoint {
    static final String FILE = "search.ckpt", MAGIC = "dartboard-search-ckpt-1";
    private final ObjectMapper json;

    public Checkpoint(ObjectMapper json) { this.json = json; }

    /** The saved content. */
    public record Content(SearchState state, Map<String, INDArray> arrays) {}

    public static boolean exists(Path dir) { return Files.isRegularFile(dir.resolve(FILE)); }

    public void save(Path dir, Content c) throws IOException {
        Files.createDirectories(dir);
        Path tmp = dir.resolve(FILE + ".tmp-" + ProcessHandle.current().pid());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            out.writeUTF(MAGIC);
            out.writeUTF(json.writeValueAsString(c.state()));
            out.writeInt(c.arrays().size());
            for (Map.Entry<String, INDArray> e : c.arrays().entrySet()) {
                out.writeUTF(e.getKey());
                Nd4j.write(e.getValue(), out);
            }
        }
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) { ch.force(true); }
        Files.move(tmp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) { d.force(true); } catch (IOException ignored) {
            // folders cannot be opened on every platform; the rename is atomic regardless
        }
    }

    public Content load(Path dir) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(dir.resolve(FILE))))) {
            if (!MAGIC.equals(in.readUTF())) throw new IOException(dir.resolve(FILE) + ": not a Dartboard search checkpoint");
            SearchState state = json.readValue(in.readUTF(), SearchState.class);
            int n = in.readInt();
            Map<String, INDArray> arrays = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) arrays.put(in.readUTF(), Nd4j.read(in));
            return new Content(state, arrays);
        }
    }
}
