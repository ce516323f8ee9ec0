package dev.dartboard.data;

import dev.dartboard.model.Split;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The split of GSC's {@code which_set} (TensorFlow speech_commands input_data.py): SHA-1 of the
 * speaker id, as an integer mod 2^27, scaled to a percentage; below 10 → validation, below 20 →
 * test, else train. Every clip of a speaker lands in the same split. Stateless, thread-safe.
 */
public final class SpeakerSplit {
    private static final long MAX_NUM_WAVS_PER_CLASS = (1L << 27) - 1;
    private static final BigInteger MODULUS = BigInteger.valueOf(MAX_NUM_WAVS_PER_CLASS + 1);
    private final double validationPercent;
    private final double testPercent;

    /** GSC's defaults: 10% validation, 10% test. */
    public SpeakerSplit() { this(10, 10); }

    public SpeakerSplit(double validationPercent, double testPercent) {
        if (validationPercent < 0 || testPercent < 0 || validationPercent + testPercent > 100)
            throw new IllegalArgumentException("split percentages out of range");
        this.validationPercent = validationPercent;
        this.testPercent = testPercent;
    }

    /** The split of a speaker id (for GSC files: the file name with {@code _nohash_.*} removed). */
    public Split of(String speaker) {
        double p = percentage(speaker);
        if (p < validationPercent) return Split.VALIDATION;
        if (p < validationPercent + testPercent) return Split.TEST;
        return Split.TRAIN;
    }

    /** The hash percentage in [0, 100] exactly as {@code which_set} computes it. */
    static double percentage(String speaker) {
        BigInteger hash = new BigInteger(1, sha1(speaker.getBytes(StandardCharsets.UTF_8)));
        return hash.mod(MODULUS).longValue() * (100.0 / MAX_NUM_WAVS_PER_CLASS);
    }

    /** The speaker of a file name: the part before {@code _nohash_}, else the stem. */
    public static String speakerOf(String fileName) {
        int cut = fileName.indexOf("_nohash_");
        if (cut >= 0) return fileName.substring(0, cut);
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static byte[] sha1(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java runtime", e);
        }
    }
}
