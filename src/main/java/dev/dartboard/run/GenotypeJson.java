package dev.dartboard.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.FrontEndArithmetic;
import dev.dartboard.model.Primitive;
import dev.dartboard.model.Genotype;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one {@code genotype.json} format (search writes it, train reads and writes it): {@code name},
 * {@code dataConfig}, {@code stem} ({@code channels}, {@code kernel} [h, w], {@code stride} [h, w]),
 * {@code layers} ({@code op} as {@code dw-sep-3x3}…, {@code width}, {@code stride}); a search adds
 * top-level {@code sram} and {@code flash} (bytes) and {@code latencyMs} — the exact costs of the decoded
 * model — plus {@code budget}, {@code repairs} and the search's end state ({@code nas.search.SearchGenotypeJson}).
 * Lives with the run folder ({@link RunFolder#genotype()}) because every stage reads it: train, the Pareto front and
 * pick, the exports. Its {@code dataConfig} is a DataConfig exactly as Jackson writes the record everywhere else.
 * Stateless.
 */
public final class GenotypeJson {
    private GenotypeJson() {}

    /** The genotype alone, in this format. */
    public static Map<String, Object> of(Genotype g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", g.name());
        m.put("dataConfig", config(g.dataConfig()));
        Map<String, Object> stem = new LinkedHashMap<>();
        stem.put("channels", g.stem().channels());
        stem.put("kernel", List.of(g.stem().kernelH(), g.stem().kernelW()));
        stem.put("stride", List.of(g.stem().strideH(), g.stem().strideW()));
        m.put("stem", stem);
        m.put("layers", g.layers().stream().map(GenotypeJson::layer).toList());
        return m;
    }

    /** A budget in its one spelling ({@link dev.dartboard.model.Budget#SRAM} and the rest: bytes, bytes, milliseconds). */
    public static Map<String, Object> budget(dev.dartboard.model.Budget b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(dev.dartboard.model.Budget.SRAM, b.sramBytes());
        m.put(dev.dartboard.model.Budget.FLASH, b.flashBytes());
        m.put(dev.dartboard.model.Budget.LATENCY, b.latencyMs());
        return m;
    }

    private static Map<String, Object> layer(Genotype.Layer l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("op", l.op().cliName());
        m.put("width", l.width());
        m.put("stride", l.stride());
        return m;
    }

    /** Reads this format; {@code source} names the file in errors. */
    public static Genotype read(JsonNode n, String source) {
        try {
            JsonNode c = n.path("dataConfig"), s = n.path("stem");
            DataConfig dc = new DataConfig(c.path("sampleRate").asInt(), FeatureType.parse(c.path("type").asText()),
                    c.path("windowMs").asDouble(), c.path("hopMs").asDouble(), c.path("melBins").asInt(),
                    c.path("coeffs").asInt(), c.path("clipMs").asDouble(),
                    c.hasNonNull("arithmetic") ? FrontEndArithmetic.parse(c.get("arithmetic").asText()) : FrontEndArithmetic.FLOAT);
            Genotype.Stem stem = new Genotype.Stem(s.path("channels").asInt(), s.path("kernel").path(0).asInt(),
                    s.path("kernel").path(1).asInt(), s.path("stride").path(0).asInt(), s.path("stride").path(1).asInt());
            List<Genotype.Layer> layers = new ArrayList<>();
            for (JsonNode l : n.path("layers"))
                layers.add(new Genotype.Layer(Primitive.parse(l.path("op").asText()), l.path("width").asInt(), l.path("stride").asInt(1)));
            return new Genotype(n.path("name").asText("genotype"), dc, stem, layers);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": not a Dartboard genotype: " + e.getMessage(), e);
        }
    }

    /** A DataConfig in this format: id, its seven fields (and {@code arithmetic} when not float), frames and features. */
    public static Map<String, Object> config(DataConfig c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("sampleRate", c.sampleRate());
        m.put("type", c.type().cliName());
        m.put("windowMs", c.windowMs());
        m.put("hopMs", c.hopMs());
        m.put("melBins", c.melBins());
        m.put("coeffs", c.coeffs());
        m.put("clipMs", c.clipMs());
        if (c.arithmetic() != FrontEndArithmetic.FLOAT) m.put("arithmetic", c.arithmetic().cliName());   // absent = float
        m.put("frames", c.frames());
        m.put("features", c.features());
        return m;
    }
}
