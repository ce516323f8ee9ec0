package dev.dartboard.nas.decode;

import dev.dartboard.model.Genotype;
import dev.dartboard.nas.cost.Costs;

import java.util.List;

/**
 * A decoded model that fits its budget.
 *
 * @param genotype the network and its front end
 * @param costs    its exact costs on the board
 * @param repairs  what the decoder changed from the argmax, in order, human-readable (empty: none)
 */
public record Decoded(Genotype genotype, Costs costs, List<String> repairs) {
    public Decoded {
        repairs = List.copyOf(repairs);
    }
}
