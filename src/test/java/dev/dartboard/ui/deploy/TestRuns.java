package dev.dartboard.ui.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.LabelSet;
import dev.dartboard.model.Primitive;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.train.RunStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A small training run folder as {@code train} writes it: random (seeded) weights, labels yes/no, a metrics map. */
public final class TestRuns {
    private TestRuns() { }

    public static Path write(Path run) throws IOException {
        Genotype g = new Genotype("tiny", DataConfig.defaults(), new Genotype.Stem(8, 3, 3, 2, 2),
                List.of(new Genotype.Layer(Primitive.DW_SEP_3X3, 8, 1), new Genotype.Layer(Primitive.MAX_POOL_3X3, 8, 1)));
        LabelSet labels = LabelSet.of(List.of("yes", "no"));
        FloatModel m = new GenotypeLowering().lower(g, labels.labels());
        Random r = new Random(7);
        for (FloatOp op : m.ops()) {
            if (op.weights() == null) continue;
            for (int i = 0; i < op.weights().length; i++) op.weights()[i] = (float) (r.nextGaussian() * 0.3);
            for (int i = 0; i < op.bias().length; i++) op.bias()[i] = (float) (r.nextGaussian() * 0.05);
        }
        RunStore store = new RunStore(new ObjectMapper());
        store.save(run, g, labels, m);
        store.saveMetrics(run, Map.of("valAccuracy", 0.75, "epochs", 3));
        return run;
    }
}
