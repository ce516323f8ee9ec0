package dev.dartboard.nas;

import dev.dartboard.model.Primitive;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

/**
 * A regulariser against DARTS' collapse onto parameter-free operations: skip and poolings train no weights, so
 * early in a search they lower the loss faster than any convolution and take the softmax mass for good
 * (Zela et al., "Understanding and Robustifying DARTS"; Chu et al., "DARTS-"). The term is
 * {@code weight · (1/L) Σ_l Σ_{p ∈ {skip, max pool, avg pool}} softmax(α_l)_p}: it moves α only, and it is
 * zero-sum inside each layer's softmax, so it shifts mass towards the learned operations without
 * favouring any one of them. Stateless.
 */
public final class FreeOpPenalty {
    /** The operations that train no weights. */
    static final List<Primitive> FREE = List.of(Primitive.SKIP, Primitive.MAX_POOL_3X3, Primitive.AVG_POOL_3X3);
    /** Name of the scalar term in the graph. */
    public static final String NAME = "freeops/penalty";

    private FreeOpPenalty() { }

    /**
     * Adds the term to {@code sd} for a supernet of {@code layers} mixed layers over {@code primitives}; returns it
     * (a scalar), or a constant 0 when no primitive is parameter-free or {@code weight} is 0.
     */
    public static SDVariable attach(SameDiff sd, List<Primitive> primitives, int layers, double weight) {
        float[] mask = new float[primitives.size()];
        boolean any = false;
        for (int i = 0; i < mask.length; i++)
            if (FREE.contains(primitives.get(i))) { mask[i] = (float) (weight / layers); any = true; }
        if (!any || weight == 0 || layers == 0) return sd.constant(NAME, Nd4j.scalar(0f));
        SDVariable m = sd.constant("freeops/mask", Nd4j.create(mask, new long[]{1, mask.length}, 'c'));
        SDVariable sum = null;
        for (int l = 0; l < layers; l++) {
            SDVariable share = sd.nn().softmax("freeops/a" + l, sd.getVariable(Supernet.alpha(l)), 1).mul(m).sum();
            sum = sum == null ? share : sum.add(share);
        }
        return sd.identity(NAME, sum);
    }
}
