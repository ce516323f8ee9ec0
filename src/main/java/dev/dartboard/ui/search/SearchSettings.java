package dev.dartboard.ui.search;

/**
 * The page's own knobs (the rest comes from the project).
 *
 * @param epochs  passes over the train split, 1..100
 * @param seed    weights and batch order
 * @param configs at most this many front ends from the project's bounds, 1..16
 * @param batch   examples per step
 */
public record SearchSettings(int epochs, long seed, int configs, int batch) {
    /** "" when usable, else what is wrong in words. */
    public String problem() {
        if (epochs < 1 || epochs > 100) return "epochs must be 1..100";
        if (configs < 1 || configs > 16) return "front ends must be 1..16";
        if (batch < 1) return "batch must be positive";
        return "";
    }

    /** Warm-up epochs (weights only), as the CLI's search: {@link dev.dartboard.flow.FlowDefaults#warmup}. */
    public int warmup() { return dev.dartboard.flow.FlowDefaults.warmup(epochs); }
}
