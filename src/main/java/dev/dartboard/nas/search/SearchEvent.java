package dev.dartboard.nas.search;

/**
 * One search step, as published to listeners and written to {@code events.jsonl} (one JSON object per line).
 *
 * @param step         0-based global step (one weight step, plus one architecture step after warm-up)
 * @param epoch        0-based epoch
 * @param phase        {@code warmup} (weights only) or {@code search}
 * @param lr           weight learning rate of this step
 * @param trainLoss    train cross-entropy before the weight step
 * @param valLoss      validation cross-entropy before the architecture step; null in warm-up
 * @param valAccuracy  top-1 accuracy of the supernet on this step's validation batch; null in warm-up
 * @param penalty      the budget penalty Σ λ·relu(E/budget − 1)²
 * @param alphas       softmax(α) per layer, in primitive order
 * @param gamma        softmax(γ) over all data configs (frozen values once γ froze)
 * @param expectedSramBytes  E[SRAM], bytes
 * @param expectedFlashBytes E[flash], bytes
 * @param expectedLatencyMs  E[latency], ms
 * @param gammaFrozen  whether γ is frozen (then only {@code frozenConfig}'s stem runs)
 * @param frozenConfig index of the chosen data config, or −1
 * @param argmaxSramBytes   exact SRAM of the current argmax network (what the penalty's value uses), bytes; null if not computed
 * @param argmaxFlashBytes  its exact flash, bytes; null if not computed
 * @param argmaxLatencyMs   its estimated latency, ms; null if not computed
 */
public record SearchEvent(int step, int epoch, String phase, double lr, double trainLoss, Double valLoss, Double valAccuracy,
                          double penalty, double[][] alphas, double[] gamma, double expectedSramBytes,
                          double expectedFlashBytes, double expectedLatencyMs, boolean gammaFrozen, int frozenConfig,
                          Double argmaxSramBytes, Double argmaxFlashBytes, Double argmaxLatencyMs) {
}
