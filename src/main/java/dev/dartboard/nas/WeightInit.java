package dev.dartboard.nas;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

/**
 * Seeded weight initialisation independent of ND4J's global RNG: the same seed and the same
 * order of calls give bit-identical arrays on any thread count (values are drawn in double and
 * rounded to the graph's float type). Not thread-safe (one per build).
 */
final class WeightInit {
    private final SplittableRandom random;
    private final DataType type;

    WeightInit(long seed) { this(seed, DataType.FLOAT); }

    WeightInit(long seed, DataType type) {
        this.random = new SplittableRandom(seed);
        this.type = type;
    }

    /** He-normal array: N(0, 2 / fanIn), C order, of the given shape. */
    INDArray he(long fanIn, long... shape) {
        return normal(Math.sqrt(2.0 / fanIn), shape);
    }

    /** N(0, std²) array of the init's type of the given shape, filled in C order. */
    INDArray normal(double std, long... shape) {
        long n = 1;
        for (long s : shape) n *= s;
        float[] v = new float[Math.toIntExact(n)];
        for (int i = 0; i < v.length; i++) v[i] = (float) (std * gaussian());
        return Nd4j.create(v, shape, 'c').castTo(type);
    }

    /** Box-Muller on the seeded stream (SplittableRandom has no nextGaussian on Java 17). */
    private double gaussian() {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
