package dev.dartboard.nas.search;

/**
 * Where a search stands between epochs (the checkpoint's header). All randomness of a search is
 * derived from (seed, epoch) — batch order — or fixed at build time — weights — so these counters
 * are the whole RNG state.
 *
 * @param nextEpoch     the epoch to run next
 * @param step          global steps done
 * @param frozenConfig  data config γ froze on, or −1
 * @param frozenGamma   softmax(γ) at the freeze (all configs), or null
 * @param iterations    {weight steps, architecture steps} (the updaters' counters)
 * @param seed          the run's seed (a resume with another seed is refused)
 */
public record SearchState(int nextEpoch, int step, int frozenConfig, double[] frozenGamma, int[] iterations, long seed) {
    public static SearchState start(long seed) { return new SearchState(0, 0, -1, null, new int[]{0, 0}, seed); }
}
