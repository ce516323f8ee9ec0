package dev.dartboard.nas.decode;

import dev.dartboard.model.Genotype;
import dev.dartboard.model.Primitive;
import dev.dartboard.model.SearchSpace;
import dev.dartboard.nas.StemSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * One discrete point of a search space: a data config, one network width (stem and every layer)
 * and one op per layer (never ZERO). Immutable.
 *
 * @param config index into the space's data configs
 * @param width  channels of the stem and every layer
 * @param ops    primitive of each layer
 */
record Choice(int config, int width, List<Primitive> ops) {
    Choice {
        ops = List.copyOf(ops);
    }

    Choice withOp(int layer, Primitive op) {
        List<Primitive> o = new ArrayList<>(ops);
        o.set(layer, op);
        return new Choice(config, width, o);
    }

    Choice withWidth(int w) { return new Choice(config, w, ops); }

    Choice withConfig(int c) { return new Choice(c, width, ops); }

    /** The genotype; {@code stems.get(config)} gives the stem's kernel and stride. */
    Genotype genotype(String name, SearchSpace space, List<StemSpec> stems) {
        List<Genotype.Layer> layers = new ArrayList<>();
        for (int l = 0; l < ops.size(); l++) layers.add(new Genotype.Layer(ops.get(l), width, space.stride(l)));
        return new Genotype(name, space.dataConfigs().get(config), stems.get(config).deployed(width), layers);
    }
}
