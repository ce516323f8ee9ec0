package dev.dartboard.nas.cost;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.BoardProfile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds board profiles: a path to a JSON file, or a bundled id ({@code nano33ble}, read from
 * {@code /assets/boards/<id>.json} on the classpath). Thread-safe.
 */
public final class BoardProfiles {
    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The profile named by {@code idOrFile}; the error lists what went wrong and names the file. */
    public BoardProfile load(String idOrFile) throws IOException {
        Path p = Path.of(idOrFile);
        if (idOrFile.endsWith(".json") || Files.isRegularFile(p)) {
            if (!Files.isRegularFile(p)) throw new IOException(idOrFile + ": board profile file not found");
            return parse(idOrFile, Files.newInputStream(p));
        }
        InputStream in = BoardProfiles.class.getResourceAsStream("/assets/boards/" + idOrFile + ".json");
        if (in == null) throw new IOException("unknown board '" + idOrFile + "' (bundled: nano33ble, nucleo-l432kc; or give a .json file)");
        return parse(idOrFile, in);
    }

    private BoardProfile parse(String name, InputStream in) throws IOException {
        try (in) {
            return json.readValue(in, BoardProfile.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException(name + ": not a valid board profile: " + e.getMessage(), e);
        }
    }
}
