package dev.dartboard.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Primitive;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenotypeJsonTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void roundTripsThroughTheDocumentedSpelling() throws Exception {
        Genotype g = new Genotype("g", new DataConfig(8000, FeatureType.LOG_MEL, 25, 12.5, 20, 0, 750),
                new Genotype.Stem(16, 3, 5, 2, 1), List.of(new Genotype.Layer(Primitive.INV_RES_3X3, 24, 2),
                new Genotype.Layer(Primitive.AVG_POOL_3X3, 24, 1)));
        String json = mapper.writeValueAsString(GenotypeJson.of(g));
        assertTrue(json.contains("\"op\":\"inv-res-3x3\"") && json.contains("\"kernel\":[3,5]"), json);
        assertEquals(g, GenotypeJson.read(mapper.readTree(json), "g.json"));
    }

    @Test
    void aBrokenFileIsNamed() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GenotypeJson.read(mapper.readTree("{\"name\":\"x\",\"layers\":[]}"), "bad.json"));
        assertTrue(e.getMessage().startsWith("bad.json: not a Dartboard genotype"), e.getMessage());
    }
}
