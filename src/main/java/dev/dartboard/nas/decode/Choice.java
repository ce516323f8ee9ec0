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
public record Choice(int config, int width, List<Primitive> ops) {
    public Choice {
        ops = List.copyOf(ops);
        if (ops.contains(Primitive.ZERO)) throw new IllegalArgumentException("a discrete choice has no zero op");
    }

    /** The choice that {@code g} is in {@code space}. @throws IllegalArgumentException when its data config is not the space's */
    public static Choice of(Genotype g, SearchSpace space) {
        int config = space.dataConfigs().indexOf(g.dataConfig());
        if (config < 0) throw new IllegalArgumentException("genotype " + g.name() + " uses data config " + g.dataConfig().id()
                + ", which is not in the search space");
        return new Choice(config, g.layers().isEmpty() ? g.stem().channels() : g.layers().get(0).width(),
                g.layers().stream().map(Genotype.Layer::op).toList());
    }

    Choice withOp(int layer, Primitive op) {
        List<Primitive> o = new ArrayList<>(ops);
        o.set(layer, op);
        return new Choice(config, width, o);
    }

    Choice withWidth(int w) { return new Choice(config, w, ops); }

    Choice withConfig(int c) { return new Choice(c, width, ops); }

    /** The genotype; {@code stems.get(config)} gives the stem's kernel and stride. */
    public Genotype genotype(String name, SearchSpace space, List<StemSpec> stems) {
        List<Genotype.Layer> layers = new ArrayList<>();
        for (int l = 0; l < ops.size(); l++) layers.add(new Genotype.Layer(ops.get(l), width, space.stride(l)));
        return new Genotype(name, space.dataConfigs().get(config), stems.get(config).deployed(width), layers);
    }
}
