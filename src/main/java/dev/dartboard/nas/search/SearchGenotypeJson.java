package dev.dartboard.nas.search;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.Genotype;
import dev.dartboard.nas.cost.Costs;
import dev.dartboard.nas.cost.CostsJson;
import dev.dartboard.run.GenotypeJson;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A search's {@code genotype.json}: the {@link GenotypeJson} shape of the decoded model plus its exact costs,
 * {@code board}, {@code budget}, {@code repairs} and the search's end state ({@code search}). Stateless.
 */
final class SearchGenotypeJson {
    private SearchGenotypeJson() { }

    static Map<String, Object> of(SearchService.SearchOutcome o) {
        Genotype g = o.genotype();
        Costs c = o.decoded().costs();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", g.name());
        m.put("board", o.board());
        m.putAll(CostsJson.of(c));
        Map<String, Object> shape = GenotypeJson.of(g);
        m.put("dataConfig", shape.get("dataConfig"));
        m.put("stem", shape.get("stem"));
        m.put("layers", shape.get("layers"));
        m.put("budget", GenotypeJson.budget(o.budget()));
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

}
