package dev.dartboard.quant;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** model.int8.json round trip: every field of every op identical, and identical logits from the reloaded model. */
class QuantModelStoreTest {
    @TempDir Path run;
    private final QuantModelStore store = new QuantModelStore(new ObjectMapper());

    @Test
    void roundTripIsBitIdentical() throws Exception {
        QuantModel q = TestModels.quantized(TestModels.allOps(61, 6));
        store.save(run, q);
        QuantModel back = store.load(run);
        assertEquals(q.name(), back.name());
        assertEquals(q.dataConfig(), back.dataConfig());
        assertArrayEquals(q.inputShape(), back.inputShape());
        assertEquals(q.input(), back.input());
        assertEquals(q.labels(), back.labels());
        assertEquals(q.ops().size(), back.ops().size());
        for (int i = 0; i < q.ops().size(); i++) QuantAsserts.sameOp(q.ops().get(i), back.ops().get(i));
        Int8Interpreter a = new Int8Interpreter(q), b = new Int8Interpreter(back);
        for (float[] x : TestModels.inputs(3, 20, q.inputShape()[0] * q.inputShape()[1]))
            assertArrayEquals(a.logits(q.quantizeInput(x)), b.logits(back.quantizeInput(x)));
        try (var files = Files.list(run)) {
            assertEquals(List.of(QuantModelStore.MODEL, "provenance.json"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temp file left");
        }
    }

    @Test
    void missingModelNamesTheFile() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> store.load(run));
        assertTrue(e.getMessage().contains(run.resolve("model.int8.json").toString()), e.getMessage());
        assertFalse(store.has(run));
    }
}
