package dev.dartboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.export.blob.BlobReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** search → train → quantize → export on samples/, with tiny epochs; and a refused budget. */
class PipelineCommandTest {
    @TempDir Path dir;
    private final ObjectMapper mapper = new ObjectMapper();

    private int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = Main.withErrorHandler(new CommandLine(new PipelineCommand()));
        cl.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void everyStageLandsInTheRunFolderWithinBudget() throws Exception {
        Path runDir = dir.resolve("run");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = run(out, err, "--data", "samples", "--out", runDir.toString(), "--sram", "64k", "--flash", "256k",
                "--latency", "200ms", "--search-epochs", "1", "--train-epochs", "2", "--configs", "2",
                "--rank", "2", "--rank-epochs", "1", "--cache", dir.resolve("cache").toString());
        assertEquals(0, code, err.toString());
        // the search's and the training's data steps each report what they left out (samples/ is clean)
        assertEquals(2, err.toString().lines().filter(l -> l.startsWith("data: ")).count(), err.toString());
        assertEquals(0, mapper.readTree(runDir.resolve("data-report.json").toFile()).get("rejected").size());
        // the ranked winner is the search's model: ranking.json's best score, pareto.json's chosen point
        JsonNode ranking = mapper.readTree(runDir.resolve("search/ranking.json").toFile());
        assertTrue(ranking.get("scores").size() >= 1 && ranking.get("scores").size() <= 2, ranking.toString());
        assertEquals(ranking.get("scores").get(0).get("id").asInt(), ranking.get("chosen").asInt());
        assertEquals(ranking.get("chosen").asInt(), mapper.readTree(runDir.resolve("search/pareto.json").toFile()).get("chosen").asInt());
        JsonNode summary = mapper.readTree(out.toString());
        for (String stage : new String[]{"search", "train", "quantize", "export", "eval"}) assertTrue(summary.has(stage), stage);
        JsonNode eval = summary.get("eval");
        assertEquals("int8", eval.get("model").asText());
        assertEquals(summary.get("quantize").get("int8Accuracy").asDouble(), eval.get("accuracy").asDouble(), 1e-12,
                    "eval of the int8 model agrees with quantize's own report");
        assertTrue(eval.get("detection").get("otherWords").asInt() >= eval.get("perClass").get("_unknown_").get("support").asInt());
        JsonNode g = mapper.readTree(runDir.resolve("search/genotype.json").toFile());
        assertTrue(g.get("sram").asLong() <= 64 * 1024 && g.get("flash").asLong() <= 256 * 1024
                && g.get("latencyMs").asDouble() <= 200, g.toString());
        JsonNode budget = mapper.readTree(runDir.resolve("budget.json").toFile());
        assertEquals(64 * 1024, budget.get("sram").asLong());
        for (String f : new String[]{"model.float.json", "model.int8.json", "model.blob", "quant.json",
                "export/model.tflite", "export/model_card.md", "export/c/model.c", "search/data-report.json", "data-report.json"})
            assertTrue(Files.isRegularFile(runDir.resolve(f)), f);
        BlobReader.ModelBlob blob = new BlobReader().read(Files.readAllBytes(runDir.resolve("model.blob")));
        assertEquals(g.get("dataConfig").get("id").asText(), blob.model().dataConfig().id(), "the searched front end is deployed");
        assertEquals(summary.get("train").get("accuracy").asDouble(), summary.get("quantize").get("floatAccuracy").asDouble(), 1e-12);
    }

    @Test
    void anImpossibleBudgetStopsBeforeTraining() throws Exception {
        Path runDir = dir.resolve("tiny");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = run(out, err, "--data", "samples", "--out", runDir.toString(), "--sram", "1k",
                "--cache", dir.resolve("cache").toString());
        assertEquals(ExitCodes.FAILED, code);
        assertTrue(err.toString().contains("pipeline stopped at search"), err.toString());
        assertTrue(out.toString().isBlank(), "no JSON for a failed pipeline: " + out);
        assertFalse(Files.exists(runDir.resolve("model.float.json")));
    }

    @Test
    void badTrainingOptionsAreRefusedBeforeTheSearch() {
        for (String[] bad : new String[][]{{"--ema", "1.5"}, {"--augment", "wobble"}}) {
            Path runDir = dir.resolve("bad-" + bad[0].substring(2));
            StringWriter out = new StringWriter(), err = new StringWriter();
            int code = run(out, err, "--data", "samples", "--out", runDir.toString(), bad[0], bad[1],
                    "--cache", dir.resolve("cache").toString());
            assertEquals(ExitCodes.USAGE, code, err.toString());
            assertTrue(err.toString().contains(bad[0].equals("--ema") ? "EMA decay must be in [0, 1): 1.5" : "unknown augmentation 'wobble'"), err.toString());
            assertFalse(err.toString().contains("== pipeline: search"), "no stage ran: " + err);
            assertFalse(Files.exists(runDir.resolve("search")));
        }
    }
}
