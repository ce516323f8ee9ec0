package dev.dartboard.data;

/**
 * Where the samples of one example come from: a whole clip file, or a slice of a background-noise
 * file scaled by a gain (a {@code _silence_} example). An empty path means digital silence
 * (no noise files), still scaled by the gain.
 *
 * @param path   relative '/'-separated path of the file, or "" for zeros
 * @param offset first sample of the slice at the config's rate; -1 for a whole file
 * @param gain   linear factor applied to the slice (1 for a whole file)
 */
public record Source(String path, int offset, float gain) {
    public static Source file(String path) { return new Source(path, -1, 1f); }

    public static Source slice(String path, int offset, float gain) { return new Source(path, offset, gain); }

    public boolean isSlice() { return offset >= 0; }

    /** A stable text that identifies the source in cache indexes, e.g. {@code n.wav#1600*0.25}. */
    public String descriptor() {
        return isSlice() ? path + "#" + offset + "*" + gain : path;
    }
}
