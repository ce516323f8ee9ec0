package dev.dartboard.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.cli.ExportCommand;
import dev.dartboard.cli.QuantizeCommand;
import dev.dartboard.cli.TrainCommand;
import dev.dartboard.export.blob.BlobReader;
import dev.dartboard.model.FrontEndArithmetic;
import dev.dartboard.model.Genotype;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.QuantModelStore;
import dev.dartboard.run.GenotypeJson;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A genotype with "arithmetic": "q15" through the real train, quantize and export commands: features cached under
 * the -q15 id, the exported C library set to the Q15 front end, and a model.blob (v4) in the run and the export
 * that carries the run's Q15 front end and its int8 model (BoardQ15FrontEndTest runs such blobs on the simulator).
 */
class Q15RunTest {
    @Test
    void aQ15GenotypeTrainsQuantizesAndExportsWithABlob() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Genotype tiny = TrainedRun.genotype();
        Genotype g = new Genotype("tiny-q15", tiny.dataConfig().withArithmetic(FrontEndArithmetic.Q15), tiny.stem(), tiny.layers());
        Path run = Path.of("target", "test-runs", "tiny-q15"), file = run.resolveSibling("tiny-q15-genotype.json");
        Path cache = Path.of("target", "test-feature-cache-q15");
        Files.createDirectories(run.getParent());
        Files.write(file, mapper.writeValueAsBytes(GenotypeJson.of(g)));
        TrainedRun.exec(new TrainCommand(), "--data", TrainedRun.SAMPLES.toString(), "--genotype", file.toString(), "--epochs", "1",
                "--batch", "32", "--seed", "1", "--cache", cache.toString(), "--out", run.toString(), "--force");
        try (Stream<Path> s = Files.list(cache)) {
            assertTrue(s.anyMatch(p -> p.getFileName().toString().startsWith("mfcc-16k-w40-h20-m40-c10-l1000-q15-")), "Q15 features cached apart");
        }
        JsonNode q = mapper.readTree(TrainedRun.exec(new QuantizeCommand(), "--data", TrainedRun.SAMPLES.toString(), "--run", run.toString(),
                "--cache", cache.toString()));
        assertFalse(q.has("blob"), q.toString());
        QuantModel int8 = new QuantModelStore(mapper).load(run);
        assertQ15Blob(run.resolve("model.blob"), int8);
        Path out = run.resolve("export");
        JsonNode e = mapper.readTree(TrainedRun.exec(new ExportCommand(), "--run", run.toString(), "--out", out.toString(), "--format", "c,card,blob"));
        assertFalse(e.has("blob"), e.toString());
        assertQ15Blob(out.resolve("model.blob"), int8);
        assertTrue(Files.readString(out.resolve("c/model_settings.h")).contains("#define KWS_FRONTEND_Q15 1"));
        assertTrue(Files.readString(out.resolve("c/kws_frontend_tables.c")).contains("kws_q15_twiddles"));
        JsonNode card = mapper.readTree(out.resolve("model_card.json").toFile());
        assertEquals("mfcc-16k-w40-h20-m40-c10-l1000-q15", card.get("dataConfig").get("id").asText());
        assertEquals("q15", mapper.readTree(run.resolve("genotype.json").toFile()).get("dataConfig").get("arithmetic").asText());
    }

    /** A v4 blob that reads back as the run's int8 model with its Q15 DataConfig. */
    private static void assertQ15Blob(Path file, QuantModel int8) throws Exception {
        byte[] blob = Files.readAllBytes(file);
        assertEquals(4, blob[4], file + ": version");
        QuantModel back = new BlobReader().read(blob).model();
        assertEquals(FrontEndArithmetic.Q15, back.dataConfig().arithmetic());
        assertEquals(int8.dataConfig(), back.dataConfig());
        assertEquals(int8.labels(), back.labels());
        assertArrayEquals(int8.ops().get(0).weights(), back.ops().get(0).weights());
    }
}
