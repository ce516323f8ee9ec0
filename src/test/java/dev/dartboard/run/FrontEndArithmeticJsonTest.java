package dev.dartboard.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.FrontEndArithmetic;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Primitive;
import dev.dartboard.run.GenotypeJson;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DataConfig's optional {@code arithmetic}: absent reads as float (files written before it), q15 round-trips, typos are named. */
class FrontEndArithmeticJsonTest {
    private final ObjectMapper mapper = new ObjectMapper();
    private static final String OLD_GENOTYPE = "{\"name\":\"old\",\"dataConfig\":{\"id\":\"mfcc-16k-w40-h20-m40-c10-l1000\",\"sampleRate\":16000,"
            + "\"type\":\"mfcc\",\"windowMs\":40.0,\"hopMs\":20.0,\"melBins\":40,\"coeffs\":10,\"clipMs\":1000.0,\"frames\":49,\"features\":10},"
            + "\"stem\":{\"channels\":8,\"kernel\":[3,3],\"stride\":[2,2]},\"layers\":[]}";

    @Test
    void genotypeFilesWithoutTheFieldReadAsFloatAndQ15RoundTrips() throws Exception {
        Genotype old = GenotypeJson.read(mapper.readTree(OLD_GENOTYPE), "old.json");
        assertEquals(FrontEndArithmetic.FLOAT, old.dataConfig().arithmetic());
        assertEquals(DataConfig.defaults(), old.dataConfig());
        String floatJson = mapper.writeValueAsString(GenotypeJson.of(old));
        assertFalse(floatJson.contains("arithmetic"), "float genotypes are written as before: " + floatJson);

        Genotype q = new Genotype("q", DataConfig.defaults().withArithmetic(FrontEndArithmetic.Q15), new Genotype.Stem(8, 3, 3, 2, 2),
                List.of(new Genotype.Layer(Primitive.DW_SEP_3X3, 8, 1)));
        String json = mapper.writeValueAsString(GenotypeJson.of(q));
        assertTrue(json.contains("\"arithmetic\":\"q15\"") && json.contains("\"id\":\"mfcc-16k-w40-h20-m40-c10-l1000-q15\""), json);
        assertEquals(q, GenotypeJson.read(mapper.readTree(json), "q.json"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GenotypeJson.read(mapper.readTree(OLD_GENOTYPE.replace("\"clipMs\"", "\"arithmetic\":\"q7\",\"clipMs\"")), "typo.json"));
        assertTrue(e.getMessage().startsWith("typo.json: not a Dartboard genotype") && e.getMessage().contains("expected float or q15"),
                e.getMessage());
    }

    @Test
    void recordJsonWithoutTheFieldReadsAsFloat() throws Exception {
        // model.json / model.int8.json hold the DataConfig as a record: files from before the field lack it.
        String old = "{\"sampleRate\":8000,\"type\":\"LOG_MEL\",\"windowMs\":32.0,\"hopMs\":16.0,\"melBins\":20,\"coeffs\":0,\"clipMs\":1000.0}";
        DataConfig c = mapper.readValue(old, DataConfig.class);
        assertEquals(new DataConfig(8000, FeatureType.LOG_MEL, 32, 16, 20, 0, 1000), c);
        assertEquals(FrontEndArithmetic.FLOAT, c.arithmetic());
        DataConfig q = c.withArithmetic(FrontEndArithmetic.Q15);
        assertEquals(q, mapper.readValue(mapper.writeValueAsString(q), DataConfig.class));
    }
}
