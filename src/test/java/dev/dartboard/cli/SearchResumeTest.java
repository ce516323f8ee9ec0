package dev.dartboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.Budget;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.SpacePresets;
import dev.dartboard.nas.search.SearchConfig;
import dev.dartboard.nas.search.SearchRequest;
import dev.dartboard.nas.search.SearchRequestJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** search --resume takes RUN/search.json; options given again must agree with it. */
class SearchResumeTest {
    @TempDir Path run;

    SearchRequest saved() throws Exception {
        SearchConfig cfg = SearchConfig.defaults(3).withEpochs(2, 1).withRuntime(1, 1, false);
        return new SearchRequest(Path.of("samples"), run, SpacePresets.named("default", 2), new BoardProfiles().load("nano33ble"),
                new Budget(64 * 1024, 256 * 1024, 200), cfg, List.of(), false, 4);
    }

    @Test
    void agreeingOrAbsentOptionsGiveTheSavedRequestAndConflictsAreNamed() throws Exception {
        new SearchRequestJson(new ObjectMapper()).write(saved());
        SearchRequest stored = new SearchRequestJson(new ObjectMapper()).read(run);
        CommandLine.ParseResult agree = new CommandLine(new SearchCommand()).parseArgs("--resume", "--out", run.toString(),
                "--seed", "3", "--sram", "64k", "--samples", "9");
        SearchRequest s = saved();
        SearchRequest given = new SearchRequest(s.data(), run, s.space(), s.board(), s.budget(), s.config(), s.words(), true, 9);
        SearchRequest merged = SearchResume.merge(stored, given, agree, "search.json");
        assertEquals(stored.config(), merged.config());
        assertEquals(stored.space(), merged.space());
        assertEquals(9, merged.samples(), "--samples may change on resume");
        assertTrue(merged.resume());

        CommandLine.ParseResult clash = new CommandLine(new SearchCommand()).parseArgs("--resume", "--out", run.toString(), "--epochs", "5");
        String m = assertThrows(IllegalArgumentException.class, () -> SearchResume.merge(stored,
                new SearchRequest(stored.data(), run, stored.space(), stored.board(), stored.budget(), stored.config().withEpochs(5, 1),
                        List.of(), true, 4), clash, "search.json")).getMessage();
        assertTrue(m.startsWith("search.json was saved with other options: --epochs (saved: 2)"), m);
    }

    @Test
    void theCommandRefusesAConflictingEpochCountBeforeAnyWork() throws Exception {
        new SearchRequestJson(new ObjectMapper()).write(saved());
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.withErrorHandler(new CommandLine(new SearchCommand()));
        cl.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int code = cl.execute("--resume", "--out", run.toString(), "--epochs", "7", "--seed", "4");
        assertEquals(ExitCodes.FAILED, code);
        assertTrue(err.toString().contains("--epochs (saved: 2), --seed (saved: 3)"), err.toString());
        assertEquals("", out.toString());
    }
}
