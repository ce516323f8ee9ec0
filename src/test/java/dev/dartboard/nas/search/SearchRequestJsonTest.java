package dev.dartboard.nas.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.Budget;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.SpacePresets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RUN/search.json holds the whole request: written and read back equal; differences are named; bad files name themselves. */
class SearchRequestJsonTest {
    @TempDir Path dir;
    final SearchRequestJson io = new SearchRequestJson(new ObjectMapper());

    SearchRequest request(SearchConfig cfg) throws IOException {
        return new SearchRequest(Path.of("samples"), dir, SpacePresets.named("default", 3), new BoardProfiles().load("nano33ble"),
                new Budget(64_000, 256_000, 120.5), cfg, List.of("yes", "no"), false, 7);
    }

    @Test
    void roundTripsEveryOption() throws IOException {
        SearchRequest r = request(SearchConfig.defaults(9).withEpochs(3, 1).withRuntime(1, 2, true));
        io.write(r);
        SearchRequest back = io.read(dir);
        assertEquals(Path.of("samples").toAbsolutePath().normalize(), back.data());
        assertEquals(r.space(), back.space());
        assertEquals(r.board(), back.board());
        assertEquals(r.budget(), back.budget());
        assertEquals(r.config(), back.config());
        assertEquals(r.words(), back.words());
        assertEquals(7, back.samples());
        assertTrue(back.resume());
        assertEquals(List.of(), SearchRequestJson.differences(r, back));
        assertEquals(List.of("search settings"), SearchRequestJson.differences(r, request(SearchConfig.defaults(10))));
    }

    /** The budget is written in the one spelling ({sram, flash, latencyMs}); a search.json from before (sramBytes, flashBytes) still reads. */
    @Test
    void theBudgetHasOneSpellingAndTheOldOneStillReads() throws IOException {
        SearchRequest r = request(SearchConfig.defaults(9));
        io.write(r);
        ObjectMapper mapper = new ObjectMapper();
        Path file = dir.resolve(SearchRequestJson.FILE);
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(file.toFile());
        assertEquals(mapper.readTree("{\"sram\":64000,\"flash\":256000,\"latencyMs\":120.5}"), tree.get("budget"));
        tree.set("budget", mapper.readTree("{\"sramBytes\":64000,\"flashBytes\":256000,\"latencyMs\":120.5}"));   // as written before
        Files.write(file, mapper.writeValueAsBytes(tree));
        assertEquals(new Budget(64_000, 256_000, 120.5), io.read(dir).budget());
        assertEquals(List.of(), SearchRequestJson.differences(r, io.read(dir)), "a resume of an old search is not refused");
    }

    @Test
    void missingOrForeignFilesNameTheFile() throws IOException {
        assertTrue(assertThrows(IOException.class, () -> io.read(dir)).getMessage().contains(SearchRequestJson.FILE));
        Files.writeString(dir.resolve(SearchRequestJson.FILE), "{\"version\":1,\"budget\":{\"sramBytes\":-1}}");
        String m = assertThrows(IOException.class, () -> io.read(dir)).getMessage();
        assertTrue(m.contains(dir.resolve(SearchRequestJson.FILE).toString()) && m.contains("not a valid Dartboard search.json (field 'budget')"), m);
        Files.writeString(dir.resolve(SearchRequestJson.FILE), "{\"version\":99}");
        m = assertThrows(IOException.class, () -> io.read(dir)).getMessage();
        assertEquals(dir.resolve(SearchRequestJson.FILE) + ": written by a newer Dartboard (format version 99; this one reads "
                + SearchRequestJson.VERSION + ")", m);
    }
}
