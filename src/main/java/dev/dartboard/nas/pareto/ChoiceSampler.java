package dev.dartboard.nas.pareto;

import dev.dartboard.model.Primitive;
import dev.dartboard.nas.decode.Choice;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws discrete sub-networks from a search's distributions: per layer an op from softmax(α) with ZERO
 * left out and the rest renormalised, a data config from softmax(γ) (always the frozen one once γ froze),
 * at one width. Same inputs and seed → same draws. Stateless.
 */
final class ChoiceSampler {
    private ChoiceSampler() {}

    /**
     * @param alphas       softmax(α) per layer, in {@code primitives} order
     * @param gamma        softmax(γ) over all data configs
     * @param frozenConfig the config γ froze on, or −1
     * @param width        the width of every draw
     */
    static List<Choice> draw(double[][] alphas, double[] gamma, int frozenConfig, List<Primitive> primitives, int width,
                             int count, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Choice> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Primitive> ops = new ArrayList<>();
            for (double[] a : alphas) {
                double[] w = a.clone();
                for (int p = 0; p < w.length; p++) if (primitives.get(p) == Primitive.ZERO) w[p] = 0;
                ops.add(primitives.get(pick(w, rnd.nextDouble())));
            }
            int config = frozenConfig >= 0 ? frozenConfig : pick(gamma.clone(), rnd.nextDouble());
            out.add(new Choice(config, width, ops));
        }
        return out;
    }

    /** The index i with cumulative weight (normalised) first above {@code u} ∈ [0, 1); the last positive one on round-off. */
    static int pick(double[] weights, double u) {
        double sum = 0;
        for (double w : weights) sum += w;
        if (!(sum > 0)) throw new IllegalArgumentException("no positive weight to draw from");
        double acc = 0;
        int last = -1;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] <= 0) continue;
            last = i;
            acc += weights[i] / sum;
            if (u < acc) return i;
        }
        return last;
    }
}
