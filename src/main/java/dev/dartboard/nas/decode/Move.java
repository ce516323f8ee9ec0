package dev.dartboard.nas.decode;

import dev.dartboard.model.Primitive;
import dev.dartboard.model.SearchSpace;

import java.util.ArrayList;
import java.util.List;

/**
 * One repair candidate and how much the search liked what it moves to (α or γ of the new choice;
 * for a narrower width, 0). Stateless.
 */
record Move(Choice to, double probability) {

    /** Every single change of {@code c}: each layer to each other non-ZERO op, each narrower width, each other config. */
    static List<Move> all(Choice c, SearchSpace space, double[][] alphas, double[] gamma) {
        List<Move> moves = new ArrayList<>();
        for (int l = 0; l < c.ops().size(); l++)
            for (int p = 0; p < space.primitives().size(); p++) {
                Primitive op = space.primitives().get(p);
                if (op != Primitive.ZERO && op != c.ops().get(l)) moves.add(new Move(c.withOp(l, op), alphas[l][p]));
            }
        for (int w : space.widths()) if (w < c.width()) moves.add(new Move(c.withWidth(w), 0));
        for (int i = 0; i < gamma.length; i++) if (i != c.config()) moves.add(new Move(c.withConfig(i), gamma[i]));
        return moves;
    }
}
