package dev.dartboard.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Resource limits a searched model must meet on its board (front end included).
 *
 * @param sramBytes peak RAM the model and its streaming front end may use, bytes
 * @param flashBytes read-only bytes for weights, biases, quantization params, code and tables
 * @param latencyMs  time for one inference including the features of one clip, milliseconds
 *
 * <p>One JSON spelling in every run file ({@code genotype.json}, {@code pareto.json}, {@code search.json},
 * {@code budget.json}, {@code sweep.json}, the model card): {@value #SRAM}, {@value #FLASH}, {@value #LATENCY}.
 * Files written before it spelled the first two {@code sramBytes}/{@code flashBytes} ({@code search.json},
 * {@code budget.json}, the card); that spelling still reads.
 */
public record Budget(@JsonProperty(SRAM) @JsonAlias("sramBytes") long sramBytes,
                     @JsonProperty(FLASH) @JsonAlias("flashBytes") long flashBytes,
                     @JsonProperty(LATENCY) double latencyMs) {
    /** The JSON field names of a budget. */
    public static final String SRAM = "sram", FLASH = "flash", LATENCY = "latencyMs";

    public Budget {
        if (sramBytes <= 0 || flashBytes <= 0 || !(latencyMs > 0))
            throw new IllegalArgumentException("budgets must be positive: " + sramBytes + " B, " + flashBytes + " B, " + latencyMs + " ms");
    }
}
