package dev.dartboard.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

/**
 * Seeded weight initialisation independent of ND4J's RNG: the same seed and order of calls give
 * bit-identical float arrays on any thread count. Not thread-safe (one per build).
 */
final class Init {
    private final SplittableRandom random;

    Init(long seed) { this.random = new SplittableRandom(seed); }

    /** He-normal N(0, 2 / fanIn), C order. */
    INDArray he(long fanIn, long... shape) { return normal(Math.sqrt(2.0 / fanIn), shape); }

    /** N(0, std²) float array of the given shape, filled in C order. */
    INDArray normal(double std, long... shape) {
        long n = 1;
        for (long s : shape) n *= s;
        float[] v = new float[Math.toIntExact(n)];
        for (int i = 0; i < v.length; i++) v[i] = (float) (std * gaussian());
        return Nd4j.create(v, shape, 'c');
    }

    /** A float array of the given shape filled with {@code value}. */
    static INDArray constant(float value, long... shape) {
        return Nd4j.valueArrayOf(shape, value, org.nd4j.linalg.api.buffer.DataType.FLOAT);
    }

    private double gaussian() {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
