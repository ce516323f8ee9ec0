package dev.dartboard.nas;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.BoardProfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads {@link BoardProfile}s: the bundled ones ({@code /assets/boards/<id>.json} inside the jar,
 * listed in {@code index.txt}), a directory of {@code <id>.json} files, or any {@code .json} path.
 * Unknown JSON fields are errors, so a typo in a budget is not ignored. Thread-safe.
 */
public final class BoardProfiles {
    private static final String BUNDLED = "/assets/boards/";
    private final Path dir;
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The profiles in {@code dir}. */
    public BoardProfiles(Path dir) { this.dir = dir; }

    /** The profiles bundled with Dartboard. */
    public BoardProfiles() { this(null); }

    /** The profile with this id, or read from a {@code .json} file path; its {@code id} must match the file name. */
    public BoardProfile load(String idOrFile) throws IOException {
        if (idOrFile.endsWith(".json")) {
            Path f = Path.of(idOrFile);
            if (!Files.isRegularFile(f)) throw new IOException(idOrFile + ": board profile file not found");
            String stem = f.getFileName().toString();
            return parse(stem.substring(0, stem.length() - 5), f.toString(), Files.newInputStream(f));
        }
        InputStream in = dir == null ? BoardProfiles.class.getResourceAsStream(BUNDLED + idOrFile + ".json")
                : Files.isRegularFile(dir.resolve(idOrFile + ".json")) ? Files.newInputStream(dir.resolve(idOrFile + ".json")) : null;
        if (in == null) throw new IOException("unknown board '" + idOrFile + "' (known: " + String.join(", ", ids()) + "; or give a .json file)");
        return parse(idOrFile, idOrFile + ".json", in);
    }

    /** Ids of all profiles, sorted. */
    public List<String> ids() throws IOException {
        List<String> ids = new ArrayList<>();
        if (dir == null) {
            try (InputStream in = BoardProfiles.class.getResourceAsStream(BUNDLED + "index.txt")) {
                if (in == null) throw new IOException("the bundled board list is missing from the build");
                for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    if (!l.isBlank()) ids.add(l.strip());
            }
        } else {
            try (Stream<Path> files = Files.list(dir)) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                        .forEach(n -> ids.add(n.substring(0, n.length() - 5)));
            }
        }
        ids.sort(null);
        return ids;
    }

    private BoardProfile parse(String id, String source, InputStream in) throws IOException {
        BoardProfile p;
        try (in) {
            p = json.readValue(in, BoardProfile.class);
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            throw dev.dartboard.io.JsonFiles.failure(Path.of(source), "board profile", e);
        }
        if (!p.id().equals(id)) throw new IOException(source + " declares id '" + p.id() + "'");
        return p;
    }
}
