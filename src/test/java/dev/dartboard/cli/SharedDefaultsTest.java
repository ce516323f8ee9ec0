package dev.dartboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.search.SearchRequest;
import dev.dartboard.nas.search.SearchRequestJson;
import dev.dartboard.ui.project.ProjectFile;
import dev.dartboard.ui.search.SearchRequests;
import dev.dartboard.ui.search.SearchSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Path;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One set of search defaults: the studio's Search page, given the page's epochs, seed and batch, asks for exactly
 * the search settings {@code dartboard pipeline} uses with its defaults (Adam weights, one warm-up epoch, λ, α/γ
 * rate), and the same Pareto sampling. Before the flows the page trained the supernet with SGD and its own warm-up.
 */
class SharedDefaultsTest {
    @TempDir Path dir;

    @Test
    void theStudioAsksForThePipelinesSearchSettings() throws Exception {
        for (int epochs : new int[]{1, 4, 8}) {
            PipelineCommand pipeline = new PipelineCommand();
            new CommandLine(pipeline).parseArgs("--data", "samples", "--out", dir.resolve("run").toString(),
                    "--search-epochs", Integer.toString(epochs), "--seed", "7");
            SearchRequest cli = pipeline.searchRequest();
            SearchRequest studio = new SearchRequests(new BoardProfiles(), new SearchRequestJson(new ObjectMapper()))
                    .build(ProjectFile.untitled().withDataFolder("samples"), null, new SearchSettings(epochs, 7, 8, 64), LocalDateTime.now());
            assertEquals(cli.config(), studio.config(), epochs + " epochs");
            assertEquals(cli.samples(), studio.samples());
            assertEquals(cli.board(), studio.board());
        }
    }
}
