package dev.dartboard.ui.project;

import dev.dartboard.io.AtomicFiles;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The recently used project files, most recent first, at most {@value #MAX}, stored as a JSON list
 * of paths (default {@code ~/.config/dartboard/recent.json}; tests pass their own). A missing or
 * unreadable file reads as empty. Not thread-safe: one owner (the project ViewModel's worker).
 */
public final class RecentProjects {
    public static final int MAX = 10;
    private final Path file;
    private final ObjectMapper mapper;

    public RecentProjects(Path file, ObjectMapper mapper) {
        this.file = file;
        this.mapper = mapper;
    }

    /** {@code $XDG_CONFIG_HOME/dartboard/recent.json}, else {@code ~/.config/dartboard/recent.json}. */
    public static Path defaultFile() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("dartboard").resolve("recent.json");
    }

    public List<Path> load() {
        if (!Files.isRegularFile(file)) return List.of();
        try {
            List<String> paths = mapper.readValue(file.toFile(), new TypeReference<List<String>>() { });
            return paths.stream().map(Path::of).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Moves {@code project} to the front and saves the list atomically; returns the new list. */
    public List<Path> add(Path project) throws IOException {
        Path p = project.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(load());
        list.remove(p);
        list.add(0, p);
        while (list.size() > MAX) list.remove(list.size() - 1);
        AtomicFiles.write(file, mapper.writeValueAsBytes(list.stream().map(Path::toString).toList()));
        return List.copyOf(list);
    }
}
