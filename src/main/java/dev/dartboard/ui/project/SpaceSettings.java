package dev.dartboard.ui.project;

import dev.dartboard.model.FeatureType;
import dev.dartboard.model.Primitive;

import java.util.List;

/**
 * What the search may choose, as bounds (docs/architecture.md#data-space), saved in the project file. The search
 * enumerates its candidate front ends inside these bounds. Missing lists read as the defaults, so
 * older project files stay readable; {@link #problem()} says what makes a space unusable.
 *
 * @param sampleRates  Hz, a subset of {8000, 16000}
 * @param featureTypes MFCC and/or log-mel
 * @param windowMinMs  shortest analysis window, ms ({@code windowMaxMs} the longest)
 * @param hopMinMs     shortest frame step, ms ({@code hopMaxMs} the longest)
 * @param melBinsMin   fewest mel filters ({@code melBinsMax} the most)
 * @param coeffs       MFCC coefficients kept (capped at the mel bins)
 * @param clipMinMs    shortest clip, ms ({@code clipMaxMs} the longest)
 * @param layers       mixed layers after the stem
 * @param widths       channel options per layer, ascending
 * @param primitives   candidate ops of every layer
 */
public record SpaceSettings(List<Integer> sampleRates, List<FeatureType> featureTypes,
                            double windowMinMs, double windowMaxMs, double hopMinMs, double hopMaxMs,
                            int melBinsMin, int melBinsMax, int coeffs, double clipMinMs, double clipMaxMs,
                            int layers, List<Integer> widths, List<Primitive> primitives) {
    public SpaceSettings {
        sampleRates = sampleRates == null ? List.of(8000, 16000) : List.copyOf(sampleRates);
        featureTypes = featureTypes == null ? List.of(FeatureType.MFCC, FeatureType.LOG_MEL) : List.copyOf(featureTypes);
        widths = widths == null ? List.of(16, 32, 64) : widths.stream().sorted().distinct().toList();
        primitives = primitives == null ? List.of(Primitive.values()) : List.copyOf(primitives);
    }

    /** 8/16 kHz, MFCC and log-mel, window 25–40 ms, hop 10–20 ms, 20–40 mels, 10 MFCCs, 0.75–1 s, 4 layers. */
    public static SpaceSettings defaults() {
        return new SpaceSettings(null, null, 25, 40, 10, 20, 20, 40, 10, 750, 1000, 4, null, null);
    }

    /** "" when the space is usable, else what is wrong in words. */
    public String problem() {
        if (sampleRates.isEmpty()) return "choose at least one sample rate";
        if (featureTypes.isEmpty()) return "choose MFCC, log-mel or both";
        if (windowMinMs <= 0 || windowMinMs > windowMaxMs) return "the window range is empty";
        if (hopMinMs <= 0 || hopMinMs > hopMaxMs) return "the hop range is empty";
        if (melBinsMin <= 0 || melBinsMin > melBinsMax) return "the mel-bin range is empty";
        if (coeffs <= 0) return "MFCC coefficients must be positive";
        if (clipMinMs <= 0 || clipMinMs > clipMaxMs) return "the clip-length range is empty";
        if (layers < 1 || layers > 16) return "layers must be 1..16";
        if (widths.isEmpty() || widths.get(0) <= 0) return "give at least one positive width, e.g. 16, 32, 64";
        if (primitives.stream().allMatch(p -> p == Primitive.ZERO)) return "choose at least one primitive besides zero";
        return "";
    }
}
