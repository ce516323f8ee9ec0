package dev.dartboard.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.LabelSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A run folder reads back exactly what was written: every op field and weight bit, genotype, label set. */
class RunStoreTest {
    @TempDir Path run;

    @Test
    void savedRunRoundTripsBitExactly() throws IOException {
        Genotype g = ExportParityTest.everyPrimitive();
        DiscreteNet net = NetBuilder.build(g, 6, NetMode.INFER, 8);
        LabelSet labels = LabelSet.of(List.of("yes", "no", "up", "down"));
        FloatModel m = FloatExport.export(g, labels.labels(), net.units(), net.values());
        RunStore store = new RunStore(new ObjectMapper());
        store.save(run, g, labels, m);
        store.saveMetrics(run, Map.of("accuracy", 0.5));
        FloatModel back = store.model(run);
        assertEquals(m.ops().size(), back.ops().size());
        for (int i = 0; i < m.ops().size(); i++) {
            FloatOp a = m.ops().get(i), b = back.ops().get(i);
            assertEquals(List.of(a.kind(), a.outChannels(), a.kernelH(), a.kernelW(), a.strideH(), a.strideW(), a.padding(), a.activation()),
                    List.of(b.kind(), b.outChannels(), b.kernelH(), b.kernelW(), b.strideH(), b.strideW(), b.padding(), b.activation()));
            assertArrayEquals(a.inputs(), b.inputs());
            assertArrayEquals(a.weights(), b.weights(), 0f);
            assertArrayEquals(a.bias(), b.bias(), 0f);
        }
        assertArrayEquals(m.input(), back.input());
        assertEquals(m.labels(), back.labels());
        assertEquals(m.dataConfig(), back.dataConfig());
        assertEquals(g, store.genotype(run));
        assertEquals(labels, store.labels(run));
        assertEquals(0.5, new ObjectMapper().readTree(run.resolve(RunStore.METRICS).toFile()).get("accuracy").asDouble());
        try (var files = Files.list(run)) {
            assertEquals(List.of("genotype.json", "labels.json", "metrics.json", "model.float.json", "provenance.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temp files left");
        }
    }
}
