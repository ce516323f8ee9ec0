package dev.dartboard.ui.results;

import dev.dartboard.model.Budget;
import dev.dartboard.nas.cost.Costs;

/** The Pareto chart's x axes: a cost in display units (KB or ms) and its budget limit. */
public enum CostAxis {
    SRAM("SRAM", "KB"), FLASH("Flash", "KB"), LATENCY("Latency", "ms");

    private final String title;
    private final String unit;

    CostAxis(String title, String unit) {
        this.title = title;
        this.unit = unit;
    }

    public String title() { return title; }

    public String unit() { return unit; }

    /** e.g. "SRAM (KB)". */
    public String label() { return title + " (" + unit + ")"; }

    /** The cost on this axis: bytes / 1024 for SRAM and flash, ms for latency. */
    public double of(Costs c) {
        return switch (this) {
            case SRAM -> c.sramBytes() / 1024.0;
            case FLASH -> c.flashBytes() / 1024.0;
            case LATENCY -> c.latencyMs();
        };
    }

    /** The budget's limit on this axis, same units as {@link #of}. */
    public double limit(Budget b) {
        return switch (this) {
            case SRAM -> b.sramBytes() / 1024.0;
            case FLASH -> b.flashBytes() / 1024.0;
            case LATENCY -> b.latencyMs();
        };
    }

    @Override
    public String toString() { return label(); }
}
