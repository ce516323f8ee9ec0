package dev.dartboard.export.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.cli.ExportCommand;
import dev.dartboard.export.TrainedRun;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.Costs;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.quant.QuantModelStore;
import dev.dartboard.train.RunStore;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The card of a run trained on samples/: its numbers are CostModel's, metrics.json's and quant.json's; the build agrees within 10%. */
class ModelCardTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void cardStatesTheCostModelAndTheRunsMetrics() throws Exception {
        Path run = TrainedRun.quantized(), out = Path.of("target", "card-test");
        TrainedRun.exec(new ExportCommand(), "--run", run.toString(), "--out", out.toString(), "--format", "card");
        JsonNode card = mapper.readTree(out.resolve(ModelCardWriter.JSON).toFile());
        Costs c = new CostModel(new BoardProfiles().load("nano33ble"), new GenotypeLowering()).of(new RunStore(mapper).model(run));
        JsonNode e = card.get("estimated");
        assertEquals(c.flashBytes(), e.get("flashBytes").asLong());
        assertEquals(c.sramBytes(), e.get("sramBytes").asLong());
        assertEquals(c.latencyMs(), e.get("latencyMs").asDouble(), 0);
        assertEquals(c.macs(), card.get("model").get("macs").asLong());
        JsonNode metrics = mapper.readTree(run.resolve(RunStore.METRICS).toFile());
        JsonNode quant = mapper.readTree(run.resolve(QuantModelStore.REPORT).toFile());
        assertEquals(metrics.get("accuracy"), card.get("accuracy").get("float"));
        assertEquals(metrics.get("parameters").asLong(), card.get("model").get("parameters").asLong());
        assertEquals(quant.get("int8Accuracy"), card.get("accuracy").get("int8"));
        assertEquals(metrics.get("confusion"), card.get("confusion").get("float"));
        assertEquals(quant.get("int8").get("confusion"), card.get("confusion").get("int8"));
        assertEquals("tiny", card.get("genotype").get("name").asText());
        assertEquals(metrics.get("operatingPoint"), card.get("operatingPoint"), "the run's operating point, as trained");
        assertTrue(card.get("budget").get("fits").asBoolean());
        // no budget.json in the run: the board's usable memory and 1000 ms, in the one budget spelling
        var board = new BoardProfiles().load("nano33ble").asBudget();
        JsonNode b = card.get("budget");
        assertEquals(board.sramBytes(), b.path("sram").asLong(), b.toString());
        assertEquals(board.flashBytes(), b.path("flash").asLong(), b.toString());
        assertEquals(board.latencyMs(), b.path("latencyMs").asDouble(), 0, b.toString());
        String md = Files.readString(out.resolve(ModelCardWriter.MARKDOWN));
        assertTrue(md.contains("| flash, B | " + c.flashBytes() + " |"), md);
        assertTrue(md.contains(" | " + board.flashBytes() + " |\n"), "the budget column: " + md);
        assertTrue(md.contains("| flash, B | " + c.flashBytes() + " |"), md);
        assertTrue(md.contains(String.format(java.util.Locale.ROOT, "| %.4f |", metrics.get("accuracy").asDouble())), md);
        JsonNode m = card.get("measured");
        if (m.isNull()) {
            System.out.println("no arm-none-eabi-gcc: the card has no measured sizes");
            return;
        }
        System.out.printf("card: flash est %d vs built %d, library SRAM est %d vs built %d%n", c.flashBytes(), m.get("flashBytes").asLong(),
                e.get("librarySramBytes").asLong(), m.get("librarySramBytes").asLong());
        assertEquals(m.get("flashBytes").asLong(), c.flashBytes(), 0.10 * m.get("flashBytes").asLong());
        assertEquals(m.get("librarySramBytes").asLong(), e.get("librarySramBytes").asLong(), 0.10 * m.get("librarySramBytes").asLong());
    }

    @Test
    void aChosenOperatingPointIsStatedWithTheRatesItMoved() throws Exception {
        JsonNode chosen = mapper.readTree("{\"setting\":\"auto\",\"bias\":0.75,\"validationBefore\":{\"detection\":0.9375,"
                + "\"rejection\":0.704},\"validationAfter\":{\"detection\":0.875,\"rejection\":0.95}}");
        assertEquals("\nOperating point: +0.750 added to the silence and unknown logits (auto); on the validation split keywords "
                + "detected 93.8% → 87.5%, other words rejected 70.4% → 95.0%.\n", ModelCardWriter.operatingPoint(chosen));
        assertEquals("", ModelCardWriter.operatingPoint(mapper.readTree("{\"setting\":\"off\",\"bias\":0.0}")), "a plain classifier");
        assertEquals("", ModelCardWriter.operatingPoint(null), "a run trained before operating points");
        assertEquals("\nOperating point: -0.500 added to the silence and unknown logits (-0.5).\n",
                ModelCardWriter.operatingPoint(mapper.readTree("{\"setting\":\"-0.5\",\"bias\":-0.5}")));
    }
}
