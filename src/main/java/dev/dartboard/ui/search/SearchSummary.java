package dev.dartboard.ui.search;

import dev.dartboard.model.Genotype;
import dev.dartboard.flow.SearchFlow;

import java.nio.file.Path;
import java.util.List;

/**
 * A finished search as the page shows it: the model the search chose (the decoded one, or the ranking's winner).
 *
 * @param run        the run folder (genotype.json, events.jsonl, checkpoint/)
 * @param dataConfig the chosen front end's id
 * @param layers     one line per decoded layer, e.g. "dw-sep-3x3 × 32"
 * @param sramBytes  exact peak SRAM of the chosen model, bytes (flash likewise)
 * @param latencyMs  exact latency estimate, ms
 * @param repairs    what the decoder changed to meet the budget (empty: none)
 * @param seconds    wall time of the search loop
 * @param valAccuracy the supernet's top-1 accuracy on the whole validation split at the end of the loop, 0..1 (NaN: unknown)
 */
public record SearchSummary(Path run, String dataConfig, List<String> layers, long sramBytes, long flashBytes,
                            double latencyMs, List<String> repairs, double seconds, double valAccuracy) {
    public SearchSummary {
        layers = List.copyOf(layers);
        repairs = List.copyOf(repairs);
    }

    public static SearchSummary of(SearchFlow.Result r, Path run) {
        Genotype g = r.chosen().genotype();
        var c = r.chosen().costs();
        List<String> layers = g.layers().stream().map(l -> l.op().cliName() + " × " + l.width()
                + (l.stride() > 1 ? " /" + l.stride() : "")).toList();
        return new SearchSummary(run, g.dataConfig().id(), layers, c.sramBytes(), c.flashBytes(), c.latencyMs(),
                r.repairs(), r.outcome().seconds(), r.outcome().result().valAccuracy());
    }
}
