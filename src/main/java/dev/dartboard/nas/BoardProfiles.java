package dev.dartboard.nas;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.BoardProfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads {@link BoardProfile}s from a directory of {@code <id>.json} files (the repository's
 * {@code assets/boards/}). Unknown JSON fields are errors, so a typo in a budget is not ignored.
 * Thread-safe (stateless apart from the immutable directory).
 */
public final class BoardProfiles {
    private final Path dir;
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public BoardProfiles(Path dir) { this.dir = dir; }

    /** The profile {@code <dir>/<id>.json}; its {@code id} field must equal the file name. */
    public BoardProfile load(String id) throws IOException {
        Path file = dir.resolve(id + ".json");
        if (!Files.isRegularFile(file))
            throw new IOException("unknown board '" + id + "' (known: " + String.join(", ", ids()) + ")");
        BoardProfile p = json.readValue(file.toFile(), BoardProfile.class);
        if (!p.id().equals(id)) throw new IOException(file + " declares id '" + p.id() + "'");
        return p;
    }

    /** Ids of all profiles in the directory, sorted. */
    public List<String> ids() throws IOException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .sorted().forEach(n -> ids.add(n.substring(0, n.length() - 5)));
        }
        return ids;
    }
}
