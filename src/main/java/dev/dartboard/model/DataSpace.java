package dev.dartboard.model;

import java.util.List;

/**
 * The front-end options a search may pick from (docs/architecture.md#data-space); the product of the
 * lists, less the invalid combinations, is enumerated to at most N {@link DataConfig}s by
 * {@code nas.DataSpaces}. Lists are copied; each must be non-empty.
 *
 * @param sampleRates Hz, e.g. 8000 and 16000
 * @param types       MFCC and/or log-mel
 * @param windowMs    analysis windows, ms
 * @param hopMs       hops, ms (a hop longer than the window is skipped)
 * @param melBins     mel filter counts
 * @param coeffs      MFCC coefficient counts (only those ≤ the mel bins are used; ignored for log-mel)
 * @param clipMs      clip lengths, ms
 */
public record DataSpace(List<Integer> sampleRates, List<FeatureType> types, List<Double> windowMs,
                        List<Double> hopMs, List<Integer> melBins, List<Integer> coeffs, List<Double> clipMs) {
    public DataSpace {
        sampleRates = List.copyOf(sampleRates);
        types = List.copyOf(types);
        windowMs = List.copyOf(windowMs);
        hopMs = List.copyOf(hopMs);
        melBins = List.copyOf(melBins);
        coeffs = List.copyOf(coeffs);
        clipMs = List.copyOf(clipMs);
        if (sampleRates.isEmpty() || types.isEmpty() || windowMs.isEmpty() || hopMs.isEmpty() || melBins.isEmpty()
                || clipMs.isEmpty() || (types.contains(FeatureType.MFCC) && coeffs.isEmpty()))
            throw new IllegalArgumentException("every data-space option list must be non-empty");
    }
}
