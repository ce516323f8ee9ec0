package dev.dartboard.nas.search;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends each event as one JSON line to a file, flushed per line (a killed run leaves whole lines,
 * at most the last one torn). Not thread-safe (one search thread).
 */
public final class EventLog implements SearchListener, AutoCloseable {
    private final ObjectMapper json;
    private final BufferedWriter out;

    /** Opens {@code file} for appending, first dropping lines of steps ≥ {@code keepBelowStep} (a resumed run redoes them). */
    public EventLog(Path file, ObjectMapper json, int keepBelowStep) throws IOException {
        this.json = json;
        truncate(file, keepBelowStep);
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Override
    public void onStep(SearchEvent event) {
        try {
            out.write(json.writeValueAsString(event));
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException { out.close(); }

    private void truncate(Path file, int keepBelowStep) throws IOException {
        if (!Files.isRegularFile(file)) return;
        StringBuilder kept = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            try {
                if (json.readTree(line).path("step").asInt(Integer.MAX_VALUE) < keepBelowStep) kept.append(line).append('\n');
            } catch (IOException torn) {
                // a line cut by a kill: dropped
            }
        }
        Files.writeString(file, kept.toString(), StandardCharsets.UTF_8);
    }
}
