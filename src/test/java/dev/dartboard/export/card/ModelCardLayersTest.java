package dev.dartboard.export.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.BoardProfile;
import dev.dartboard.model.FloatModel;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.Costs;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.quant.TestModels;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model card's per-layer instructions: one row per kernel call, summing to the card's total, each from KernelCycles' terms. */
class ModelCardLayersTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void layersSumToTheTotalAndFollowTheCostModelsConstants() throws Exception {
        FloatModel fm = TestModels.dsCnnS(3, 12);
        BoardProfile nano = new BoardProfiles().load("nano33ble");
        Costs costs = new CostModel(nano, new GenotypeLowering()).of(fm);
        CardInputs in = new CardInputs(TestModels.quantized(fm), fm, null, null, null, nano, null, costs, Optional.empty());
        Path dir = Path.of("target", "card-layers-test");
        new ModelCardWriter(mapper).write(new ModelCardBuilder().build(in), dir);
        JsonNode ins = mapper.readTree(dir.resolve(ModelCardWriter.JSON).toFile()).get("estimated").get("instructions");

        JsonNode layers = ins.get("layers");
        assertEquals(fm.ops().size(), layers.size());
        long sum = ins.get("perInference").asLong();
        for (JsonNode l : layers) sum += l.get("instructions").asLong();
        assertEquals(ins.get("network").asLong(), sum);
        // The Nano's 1.8 cycles per MAC is the reference: one cycle per instruction, so the total is the card's network cycles.
        assertEquals(costs.breakdown().get("cycles.network").longValue(), ins.get("network").asLong());

        // Op 2, DS-CNN-S's first pointwise 64 → 64 on 25 × 5: 2 × 2 tiles → 32 channel pairs × 63 pixel pairs = 2016 tiles
        // of 64 / 4 = 16 steps, no tail; 8,000 outputs; 32 × 64 weight bytes summed. KernelCycles' POINTWISE terms:
        // 60 per call + 14.3 per step + 99.6 per tile + 17.2 per summed byte = 60 + 461,260.8 + 200,793.6 + 35,225.6.
        JsonNode pw = layers.get(2);
        assertEquals("CONV_2D", pw.get("kind").asText());
        assertEquals("POINTWISE", pw.get("kernel").asText());
        assertEquals(125L * 64 * 64, pw.get("macs").asLong());
        assertEquals(697_340, pw.get("instructions").asLong());

        String md = Files.readString(dir.resolve(ModelCardWriter.MARKDOWN));
        assertTrue(md.contains("| 2 | CONV_2D | POINTWISE | 512000 | 697340 |"), md);
        assertTrue(md.contains("| | total | | | " + sum + " |"), md);
    }
}
