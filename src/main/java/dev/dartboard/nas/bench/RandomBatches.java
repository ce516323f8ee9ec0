package dev.dartboard.nas.bench;

import dev.dartboard.nas.Supernet;
import dev.dartboard.nas.SupernetSpec;
import dev.dartboard.nas.StemSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Seeded synthetic feeds for a supernet: N(0, 1) features per data config, uniform one-hot labels. */
public final class RandomBatches {
    private final SplittableRandom random;

    public RandomBatches(long seed) { this.random = new SplittableRandom(seed); }

    /** Feeds {@code x<i>} [batch, H_i, W_i, 1] and {@code label} [batch, classes]. */
    public Map<String, INDArray> next(SupernetSpec spec, int batch) {
        Map<String, INDArray> feeds = new HashMap<>();
        for (int i = 0; i < spec.stems().size(); i++) {
            StemSpec s = spec.stems().get(i);
            feeds.put(Supernet.input(i), gaussian(batch, s.inH(), s.inW(), 1));
        }
        INDArray y = Nd4j.zeros(DataType.FLOAT, batch, spec.classes());
        for (int b = 0; b < batch; b++) y.putScalar(b, random.nextInt(spec.classes()), 1f);
        feeds.put(Supernet.LABEL, y);
        return feeds;
    }

    private INDArray gaussian(long... shape) {
        long n = 1;
        for (long s : shape) n *= s;
        float[] v = new float[Math.toIntExact(n)];
        for (int i = 0; i < v.length; i++)
            v[i] = (float) (Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble()));
        return Nd4j.create(v, shape, 'c');
    }
}
