package dev.dartboard.nas.search;

/**
 * What a finished search hands to the decoder.
 *
 * @param alphas       softmax(α) per layer, primitive order
 * @param gamma        softmax(γ) over all data configs (the values at the freeze if γ froze)
 * @param frozenConfig the config γ froze on, or −1
 * @param steps        global steps run (including those before a resume)
 * @param valAccuracy  supernet top-1 accuracy on the whole validation split at the end
 */
public record SearchResult(double[][] alphas, double[] gamma, int frozenConfig, int steps, double valAccuracy) {
}
