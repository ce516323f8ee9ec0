package dev.dartboard.nas.cost;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dartboard.model.Budget;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one spelling of a network's costs in run files ({@code genotype.json}, {@code pareto.json}, {@code ranking.json},
 * {@code sweep.json}): {@code sram}, {@code flash} (bytes) and {@code latencyMs} — named as a {@link Budget} is, so a
 * cost and its limit read alike — then {@code macs} and {@code parameters}. The per-layer breakdown is not written.
 * Stateless.
 */
public final class CostsJson {
    public static final String MACS = "macs", PARAMETERS = "parameters";

    private CostsJson() { }

    /** {@code sram}, {@code flash}, {@code latencyMs}, in that order. */
    public static Map<String, Object> totals(Costs c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(Budget.SRAM, c.sramBytes());
        m.put(Budget.FLASH, c.flashBytes());
        m.put(Budget.LATENCY, c.latencyMs());
        return m;
    }

    /** {@link #totals}, then {@code macs} and {@code parameters}. */
    public static Map<String, Object> of(Costs c) {
        Map<String, Object> m = totals(c);
        m.put(MACS, c.macs());
        m.put(PARAMETERS, c.parameters());
        return m;
    }

    /** What {@link #of} wrote (missing fields read as 0; no breakdown). */
    public static Costs read(JsonNode n) {
        return new Costs(n.path(Budget.FLASH).asLong(), n.path(Budget.SRAM).asLong(), n.path(Budget.LATENCY).asDouble(),
                n.path(MACS).asLong(), n.path(PARAMETERS).asLong(), Map.of());
    }
}
