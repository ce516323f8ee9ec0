package dev.dartboard.model;

/**
 * The two front-end feature kinds the search chooses between. JSON spelling (every run file): {@code "mfcc"} or
 * {@code "log-mel"}; the constant names ({@code "MFCC"}, {@code "LOG_MEL"}) that files written before 2026-12 hold
 * still read.
 */
public enum FeatureType {
    /** Natural log of the HTK mel power spectrum, {@code ln(mel + 1e-6)}. */
    LOG_MEL,
    /** Orthonormal DCT-II of the log-mel, first {@code coeffs} values. */
    MFCC;

    /** Parses the CLI spelling: {@code mfcc}, {@code log-mel} (also {@code logmel}, {@code log_mel}). */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static FeatureType parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return switch (t) {
            case "mfcc" -> MFCC;
            case "log-mel", "logmel", "lmel", "mel" -> LOG_MEL;
            default -> throw new IllegalArgumentException(
                    "unknown feature type '" + text + "' (expected mfcc or log-mel)");
        };
    }

    /** The CLI and JSON spelling: {@code mfcc} or {@code log-mel}. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String cliName() {
        return this == MFCC ? "mfcc" : "log-mel";
    }
}
