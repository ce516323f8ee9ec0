package dev.dartboard.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Primitive;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One JSON spelling per type in every run file: a DataConfig written by any mapper (search.json, model.float.json,
 * model.int8.json, the model card) is the genotype.json form, and the forms older files hold still read.
 */
class JsonSpellingTest {
    private final ObjectMapper mapper = new ObjectMapper();
    private final DataConfig logMel = new DataConfig(8000, FeatureType.LOG_MEL, 32, 16, 10, 0, 1000);

    @Test
    void aDataConfigIsWrittenAsGenotypeJsonWritesIt() throws Exception {
        for (DataConfig c : List.of(logMel, DataConfig.defaults()))
            assertEquals(mapper.writeValueAsString(GenotypeJson.config(c)), mapper.writeValueAsString(c));
        assertEquals("{\"id\":\"log-mel-8k-w32-h16-m10-l1000\",\"sampleRate\":8000,\"type\":\"log-mel\",\"windowMs\":32.0,\"hopMs\":16.0,"
                + "\"melBins\":10,\"coeffs\":0,\"clipMs\":1000.0,\"frames\":61,\"features\":10}", mapper.writeValueAsString(logMel));
    }

    @Test
    void bothSpellingsRead() throws Exception {
        String old = "{\"sampleRate\":8000,\"type\":\"LOG_MEL\",\"windowMs\":32,\"hopMs\":16,\"melBins\":10,\"coeffs\":0,\"clipMs\":1000}";
        assertEquals(logMel, mapper.readValue(old, DataConfig.class));
        assertEquals(logMel, mapper.readValue(mapper.writeValueAsString(logMel), DataConfig.class));
        assertEquals(Primitive.DW_SEP_3X3, mapper.readValue("\"DW_SEP_3X3\"", Primitive.class));
        assertEquals(Primitive.DW_SEP_3X3, mapper.readValue("\"dw-sep-3x3\"", Primitive.class));
        assertEquals("\"dw-sep-3x3\"", mapper.writeValueAsString(Primitive.DW_SEP_3X3));
    }

    @Test
    void aGenotypeRecordRoundTripsWithTheCliNamesOfItsOps() throws Exception {
        Genotype g = Genotype.dscnnS();
        String json = mapper.writeValueAsString(g);
        assertEquals(g, mapper.readValue(json, Genotype.class));
        assertEquals(false, json.contains("DW_SEP") || json.contains("\"MFCC\""), json);
    }
}
