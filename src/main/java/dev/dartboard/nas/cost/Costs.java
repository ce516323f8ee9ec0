package dev.dartboard.nas.cost;

import java.util.Map;

/**
 * Exact resource costs of a deployed model + its front end on a board.
 *
 * @param flashBytes read-only bytes: weights, biases, quantization params, code, front-end tables
 * @param sramBytes  RAM: streaming front-end buffers + activation arena + runtime
 * @param latencyMs  one inference: the clip's features + the network, at the board's clock
 * @param macs       multiply-accumulates of the network (pool/add/mean element ops counted as one each)
 * @param parameters weights + biases
 * @param breakdown  named parts of the three totals (bytes or cycles), for reports and the studio
 */
public record Costs(long flashBytes, long sramBytes, double latencyMs, long macs, long parameters,
                    Map<String, Long> breakdown) {
    public Costs {
        breakdown = Map.copyOf(breakdown);
    }

    /** Whether every total is within the budget's limit. */
    public boolean fits(dev.dartboard.model.Budget b) {
        return flashBytes <= b.flashBytes() && sramBytes <= b.sramBytes() && latencyMs <= b.latencyMs();
    }
}
