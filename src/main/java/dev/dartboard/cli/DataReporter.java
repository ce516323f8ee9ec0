package dev.dartboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.data.DataReport;
import dev.dartboard.data.PreparedData;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The data report of a search or training run ({@code search}, {@code train}, so also {@code pipeline}): each
 * prepared data set (one per front end a search tries) is merged into {@code file} ({@link DataReport#FILE} in
 * the run folder), and its one-line summary goes to stderr whenever it changes. Thread-safe.
 */
final class DataReporter implements Consumer<PreparedData> {
    private final Path file;
    private final PrintWriter err;
    private final ObjectMapper mapper;
    private DataReport report;
    private String lastLine;

    DataReporter(Path file, PrintWriter err, ObjectMapper mapper) {
        this.file = file;
        this.err = err;
        this.mapper = mapper;
    }

    @Override
    public synchronized void accept(PreparedData data) {
        report = report == null ? DataReport.of(data) : report.merge(DataReport.of(data));
        try {
            report.write(file, mapper);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String line = report.summary(file);
        if (!line.equals(lastLine)) err.println(line);
        err.flush();
        lastLine = line;
    }
}
