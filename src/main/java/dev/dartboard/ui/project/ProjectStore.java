package dev.dartboard.ui.project;

import dev.dartboard.io.AtomicFiles;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Path;

/** Reads and atomically writes project files (JSON). Thread-safe; call off the FX thread. */
public final class ProjectStore {
    /** The extension the file dialogs offer. */
    public static final String EXTENSION = ".dartboard.json";
    private final ObjectMapper mapper;

    public ProjectStore(ObjectMapper mapper) {
        this.mapper = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** @throws IOException when the file is missing or not a Dartboard project (the message says which) */
    public ProjectFile load(Path file) throws IOException {
        ProjectFile p;
        try {
            p = mapper.readValue(file.toFile(), ProjectFile.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(file.getFileName() + " is not a Dartboard project: " + e.getOriginalMessage(), e);
        }
        if (p.version() > ProjectFile.VERSION)
            throw new IOException(file.getFileName() + " was written by a newer Dartboard (format " + p.version() + ")");
        return p;
    }

    /** Writes {@code project} to {@code file}: temp + fsync + rename, never a half-written file. */
    public void save(Path file, ProjectFile project) throws IOException {
        AtomicFiles.write(file, mapper.writeValueAsBytes(project));
    }
}
