package dev.dartboard.nas.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.io.AtomicFiles;
import dev.dartboard.model.BoardProfile;
import dev.dartboard.model.Budget;
import dev.dartboard.model.SearchSpace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code RUN/search.json}: the options a search was started with — data folder (absolute), the resolved
 * search space, board profile, budget, search config (seed, epochs, threads…), words and Pareto samples —
 * so that {@code --resume} needs none of them again. Written atomically when a search starts. Stateless.
 */
public final class SearchRequestJson {
    public static final String FILE = dev.dartboard.run.RunFolder.SEARCH_REQUEST;
    static final int VERSION = 1;
    private final ObjectMapper json;

    public SearchRequestJson(ObjectMapper json) { this.json = json; }

    /** The stored form (no run folder, no resume flag). */
    record Stored(int version, String data, SearchSpace space, BoardProfile board, Budget budget, SearchConfig config,
                  List<String> words, int samples) {}

    public static boolean exists(Path run) { return Files.isRegularFile(run.resolve(FILE)); }

    public void write(SearchRequest r) throws IOException {
        Stored s = new Stored(VERSION, r.data().toAbsolutePath().normalize().toString(), r.space(), r.board(), r.budget(),
                r.config(), r.words(), r.samples());
        AtomicFiles.write(r.run().resolve(FILE), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(s));
    }

    /** The request stored in {@code run}, for {@code run} with {@code resume} set. @throws IOException naming the file */
    public SearchRequest read(Path run) throws IOException {
        Path file = run.resolve(FILE);
        if (!Files.isRegularFile(file)) throw new IOException(file + ": no search options saved here (was the run started by this version?)");
        Stored s = dev.dartboard.io.JsonFiles.read(json, file, Stored.class, "Dartboard search.json");
        if (s.version() > VERSION)
            throw new IOException(file + ": written by a newer Dartboard (format version " + s.version() + "; this one reads " + VERSION + ")");
        if (s.version() != VERSION || s.space() == null || s.board() == null || s.budget() == null || s.config() == null || s.data() == null)
            throw new IOException(file + ": not a Dartboard search.json (version " + s.version() + ", or a part is missing)");
        return new SearchRequest(Path.of(s.data()), run, s.space(), s.board(), s.budget(), s.config(),
                s.words() == null ? List.of() : s.words(), true, s.samples());
    }

    /** Names of the parts in which {@code a} and {@code b} differ as searches (run folder, resume flag and samples aside). */
    static List<String> differences(SearchRequest a, SearchRequest b) {
        List<String> d = new java.util.ArrayList<>();
        if (!a.data().toAbsolutePath().normalize().equals(b.data().toAbsolutePath().normalize())) d.add("data");
        if (!a.space().equals(b.space())) d.add("space");
        if (!a.board().equals(b.board())) d.add("board");
        if (!a.budget().equals(b.budget())) d.add("budget");
        if (!a.config().equals(b.config())) d.add("search settings");
        if (!a.words().equals(b.words())) d.add("words");
        return d;
    }
}
