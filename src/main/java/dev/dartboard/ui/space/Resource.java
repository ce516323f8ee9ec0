package dev.dartboard.ui.space;

import dev.dartboard.model.Budget;
import dev.dartboard.nas.cost.Costs;
import dev.dartboard.nas.decode.Feasibility;

import java.util.Locale;

/** The three budgeted resources, with how to read and print them (KB = 1024 bytes, as MCU datasheets count). */
public enum Resource {
    SRAM("SRAM"), FLASH("flash"), LATENCY("latency");

    private final String label;

    Resource(String label) { this.label = label; }

    public String label() { return label; }

    /** The cost in this resource's unit: KB for memories, ms for latency. */
    public double of(Costs c) {
        return switch (this) {
            case SRAM -> c.sramBytes() / 1024.0;
            case FLASH -> c.flashBytes() / 1024.0;
            case LATENCY -> c.latencyMs();
        };
    }

    /** The least cost a search space reaches in this resource ({@link Feasibility.Minimum}), in the same unit. */
    public double of(Feasibility.Minimum m) {
        return switch (this) {
            case SRAM -> m.sramBytes() / 1024.0;
            case FLASH -> m.flashBytes() / 1024.0;
            case LATENCY -> m.latencyMs();
        };
    }

    /** The budget's limit in the same unit. */
    public double of(Budget b) {
        return switch (this) {
            case SRAM -> b.sramBytes() / 1024.0;
            case FLASH -> b.flashBytes() / 1024.0;
            case LATENCY -> b.latencyMs();
        };
    }

    public boolean fits(Costs c, Budget b) { return of(c) <= of(b); }

    /** e.g. "12.3 KB" or "4.56 ms". */
    public String format(double v) {
        return this == LATENCY ? String.format(Locale.ROOT, "%.2f ms", v) : String.format(Locale.ROOT, "%.1f KB", v);
    }
}
