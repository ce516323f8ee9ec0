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
