package dev.dartboard.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.HashMap;
import java.util.Map;

/**
 * Updates parameters in place from their gradients, one state per variable name. SGD: v = μ·v + g,
 * p −= lr·v. ADAM: bias-corrected moments (β1 = μ, β2 = 0.999, ε = 1e-8). Weight decay adds wd·p to the
 * gradient of {@code /w} variables. Not thread-safe.
 */
public final class Optimizer {
    /** The update rules. */
    public enum Kind { SGD, ADAM }

    private final Kind kind;
    private final double momentum;
    private final double weightDecay;
    private final Map<String, INDArray> first = new HashMap<>();
    private final Map<String, INDArray> second = new HashMap<>();
    private final Map<String, Integer> steps = new HashMap<>();

    public Optimizer(Kind kind, double momentum, double weightDecay) {
        this.kind = kind;
        this.momentum = momentum;
        this.weightDecay = weightDecay;
    }

    /** One update of {@code param} (in place) with learning rate {@code lr}. */
    public void step(String name, INDArray param, INDArray grad, double lr) {
        INDArray g = name.endsWith("/w") && weightDecay > 0 ? grad.add(param.mul(weightDecay)) : grad;
        INDArray m = first.computeIfAbsent(name, k -> param.like());   // zeros (ulike() would start from garbage)
        m.muli(momentum).addi(kind == Kind.SGD ? g : g.mul(1 - momentum));
        if (kind == Kind.SGD) {
            param.subi(m.mul(lr));
            return;
        }
        INDArray v = second.computeIfAbsent(name, k -> param.like());
        v.muli(0.999).addi(g.mul(g).muli(0.001));
        int t = steps.merge(name, 1, Integer::sum);
        double a = lr * Math.sqrt(1 - Math.pow(0.999, t)) / (1 - Math.pow(momentum, t));
        param.subi(m.div(Transforms.sqrt(v, true).addi(1e-8)).muli(a));
    }
}
