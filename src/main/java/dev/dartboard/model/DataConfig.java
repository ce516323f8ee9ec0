package dev.dartboard.model;

/**
 * One audio front-end configuration: the single place where every front-end constant lives
 * (as TFLM micro_speech's {@code micro_model_settings.h}); exporters write it out verbatim.
 *
 * <p>Contract of the computation (Java, the C export and the board compute exactly this):
 * clip to {@link #clipSamples()} samples (zero-pad at the end); frame t = samples
 * [t·hop, t·hop + win) times a periodic Hann window of length win, zero-padded to n_fft;
 * power spectrum; HTK mel filterbank (f_min 0, f_max sr/2, no area normalisation);
 * log-mel = ln(mel + 1e-6); MFCC = orthonormal DCT-II of the log-mel, first {@code coeffs}.
 * With {@code arithmetic} Q15 the same quantities are computed in fixed point on the clip as int16 PCM
 * ({@code features.FixedPointFrontEnd}: Java and C bit-exact, differing from float by its rounding).
 *
 * @param sampleRate Hz, 8000 or 16000 in the search space (any positive rate is computable)
 * @param type       MFCC or log-mel
 * @param windowMs   analysis window, milliseconds (fractional allowed: 400 samples at 16 kHz = 25 ms)
 * @param hopMs      frame step, milliseconds
 * @param melBins    number of triangular mel filters
 * @param coeffs     MFCC coefficients kept (≤ melBins); ignored for log-mel
 * @param clipMs     clip length, milliseconds
 * @param arithmetic float (the default; null reads as float: files written before the field) or Q15
 *
 * <p>JSON (one spelling in every run file): {@code id}, the seven fields and {@code arithmetic} when not float ({@code type} as {@code "mfcc"} or
 * {@code "log-mel"}, {@code arithmetic} as {@code "float"} or {@code "q15"}), {@code frames}, {@code features}.
 * {@code id}, {@code frames} and {@code features} are derived: written for readers, ignored when read, so the
 * seven-field form of older files still reads.
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"id", "sampleRate", "type", "windowMs", "hopMs", "melBins", "coeffs", "clipMs",
        "arithmetic", "frames", "features"})
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(value = {"id", "frames", "features"}, allowGetters = true)
public record DataConfig(int sampleRate, FeatureType type, double windowMs, double hopMs,
                         int melBins, int coeffs, double clipMs,
                         @com.fasterxml.jackson.annotation.JsonInclude(value = com.fasterxml.jackson.annotation.JsonInclude.Include.CUSTOM,
                                 valueFilter = FloatArithmetic.class) FrontEndArithmetic arithmetic) {

    /** A float front end. */
    public DataConfig(int sampleRate, FeatureType type, double windowMs, double hopMs, int melBins, int coeffs, double clipMs) {
        this(sampleRate, type, windowMs, hopMs, melBins, coeffs, clipMs, FrontEndArithmetic.FLOAT);
    }

    public DataConfig {
        if (arithmetic == null) arithmetic = FrontEndArithmetic.FLOAT;
        if (sampleRate <= 0) throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
        if (type == null) throw new IllegalArgumentException("feature type is required");
        if (melBins <= 0) throw new IllegalArgumentException("mel bins must be positive: " + melBins);
        if (type == FeatureType.MFCC && (coeffs <= 0 || coeffs > melBins))
            throw new IllegalArgumentException("MFCC coefficients must be in 1.." + melBins + ": " + coeffs);
        if (windowMs <= 0 || hopMs <= 0 || clipMs <= 0)
            throw new IllegalArgumentException("window, hop and clip must be positive");
        if (samplesAt(sampleRate, windowMs) < 2 || samplesAt(sampleRate, hopMs) < 1)
            throw new IllegalArgumentException("window or hop shorter than one sample at " + sampleRate + " Hz");
        if (samplesAt(sampleRate, clipMs) < samplesAt(sampleRate, windowMs))
            throw new IllegalArgumentException("clip (" + clipMs + " ms) shorter than one window (" + windowMs + " ms)");
        if (melBins > nFftOf(samplesAt(sampleRate, windowMs)) / 2 + 1)
            throw new IllegalArgumentException(melBins + " mel bins exceed the " + (nFftOf(samplesAt(sampleRate, windowMs)) / 2 + 1) + " FFT bins");
    }

    /** The GSC-style default: 16 kHz MFCC, 40 ms / 20 ms, 40 mels, 10 coefficients, 1 s. */
    public static DataConfig defaults() {
        return new DataConfig(16000, FeatureType.MFCC, 40, 20, 40, 10, 1000);
    }

    /** This front end computed with {@code a}. */
    public DataConfig withArithmetic(FrontEndArithmetic a) {
        return new DataConfig(sampleRate, type, windowMs, hopMs, melBins, coeffs, clipMs, a);
    }

    /** Samples in a clip: round(sr · clipMs / 1000). */
    public int clipSamples() { return samples(clipMs); }

    /** Window length in samples: round(sr · windowMs / 1000). */
    public int winSamples() { return samples(windowMs); }

    /** Hop in samples: round(sr · hopMs / 1000). */
    public int hopSamples() { return samples(hopMs); }

    /** FFT length: the next power of two ≥ the window. */
    public int nFft() { return nFftOf(winSamples()); }

    /** Number of rfft bins, n_fft / 2 + 1. */
    public int fftBins() { return nFft() / 2 + 1; }

    /** Frames per clip: 1 + (N − win) / hop (integer division). */
    @com.fasterxml.jackson.annotation.JsonProperty("frames")
    public int frames() { return 1 + (clipSamples() - winSamples()) / hopSamples(); }

    /** Values per frame: coeffs for MFCC, melBins for log-mel. */
    @com.fasterxml.jackson.annotation.JsonProperty("features")
    public int features() { return type == FeatureType.MFCC ? coeffs : melBins; }

    /** A short stable id, e.g. {@code mfcc-16k-w40-h20-m40-c10-l1000} (Q15: {@code …-l1000-q15}); used in cache and file names. */
    @com.fasterxml.jackson.annotation.JsonProperty("id")
    public String id() {
        String c = type == FeatureType.MFCC ? "-c" + coeffs : "";
        return type.cliName() + "-" + (sampleRate % 1000 == 0 ? sampleRate / 1000 + "k" : sampleRate + "hz")
                + "-w" + fmt(windowMs) + "-h" + fmt(hopMs) + "-m" + melBins + c + "-l" + fmt(clipMs)
                + (arithmetic == FrontEndArithmetic.Q15 ? "-q15" : "");
    }

    private int samples(double ms) { return samplesAt(sampleRate, ms); }

    private static int samplesAt(int sr, double ms) { return (int) Math.round(sr * ms / 1000.0); }

    private static int nFftOf(int win) { return Integer.highestOneBit(Math.max(1, win - 1)) << 1; }

    private static String fmt(double ms) {
        return ms == Math.rint(ms) ? Long.toString((long) ms) : Double.toString(ms).replace('.', 'p');
    }

    /** Jackson's value filter: a float front end is written as no field at all, as genotype.json writes it (absent = float). */
    static final class FloatArithmetic {
        @Override
        public boolean equals(Object value) { return value == null || value == FrontEndArithmetic.FLOAT; }

        @Override
        public int hashCode() { return 0; }
    }
}
