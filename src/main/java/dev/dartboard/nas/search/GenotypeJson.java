package dev.dartboard.nas.search;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.Genotype;
import dev.dartboard.nas.cost.Costs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code genotype.json} document: top-level {@code sram} and {@code flash} (bytes) and
 * {@code latencyMs} — the exact costs of the decoded model — beside {@code name}, {@code dataConfig},
 * {@code stem}, {@code layers}, {@code budget}, {@code repairs}, plus the search's end state. Stateless.
 */
final class GenotypeJson {
    private GenotypeJson() {}

    static Map<String, Object> of(SearchService.SearchOutcome o) {
        Genotype g = o.genotype();
        Costs c = o.decoded().costs();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", g.name());
        m.put("board", o.board());
        m.put("sram", c.sramBytes());
        m.put("flash", c.flashBytes());
        m.put("latencyMs", c.latencyMs());
        m.put("macs", c.macs());
        m.put("parameters", c.parameters());
        m.put("dataConfig", config(g.dataConfig()));
        m.put("stem", Map.of("channels", g.stem().channels(), "kernel", List.of(g.stem().kernelH(), g.stem().kernelW()),
                "stride", List.of(g.stem().strideH(), g.stem().strideW())));
        m.put("layers", g.layers().stream().map(l -> Map.of("op", l.op().cliName(), "width", l.width(), "stride", l.stride())).toList());
        m.put("budget", Map.of("sram", o.budget().sramBytes(), "flash", o.budget().flashBytes(), "latencyMs", o.budget().latencyMs()));
        m.put("repairs", o.decoded().repairs());
        m.put("search", search(o));
        return m;
    }

    private static Map<String, Object> search(SearchService.SearchOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("steps", o.result().steps());
        m.put("seconds", o.seconds());
        m.put("supernetValAccuracy", o.result().valAccuracy());
        m.put("gamma", o.result().gamma());
        m.put("gammaFrozenOn", o.result().frozenConfig() < 0 ? null : o.configs().get(o.result().frozenConfig()).id());
        m.put("configs", o.configs().stream().map(DataConfig::id).toList());
        m.put("alphas", o.result().alphas());
        return m;
    }

    static Map<String, Object> config(DataConfig c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("sampleRate", c.sampleRate());
        m.put("type", c.type().cliName());
        m.put("windowMs", c.windowMs());
        m.put("hopMs", c.hopMs());
        m.put("melBins", c.melBins());
        m.put("coeffs", c.coeffs());
        m.put("clipMs", c.clipMs());
        m.put("frames", c.frames());
        m.put("features", c.features());
        return m;
    }
}
