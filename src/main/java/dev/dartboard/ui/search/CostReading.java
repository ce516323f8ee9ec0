package dev.dartboard.ui.search;

/** One cost of the searched network against its budget, e.g. SRAM 21.3 of 64 KB. {@code value} and {@code budget} in {@code unit}. */
public record CostReading(String name, double value, double budget, String unit) {
    public boolean over() { return value > budget; }

    /** Share of the budget, 0..∞. */
    public double share() { return budget <= 0 ? 0 : value / budget; }

    public String text() {
        return String.format(java.util.Locale.ROOT, "%s %.1f / %.1f %s%s", name, value, budget, unit, over() ? " — over" : "");
    }
}
