package dev.dartboard.audio;

/**
 * RMS and peak level of a block in dBFS, where 0 dBFS is a sample (peak) or a constant signal
 * (RMS) of magnitude 1.0: a full-scale sine reads −3.01 dBFS RMS, 0 dBFS peak. Levels are floored
 * at {@value #FLOOR_DB} dBFS so that digital silence has a finite value. Stateless, thread-safe.
 */
public final class LevelMeter {
    /** Lowest level reported, dBFS. */
    public static final double FLOOR_DB = -120.0;
    /** The level of digital silence. */
    public static final Level SILENCE = new Level(FLOOR_DB, FLOOR_DB);

    /** A block's level: RMS and peak, dBFS. */
    public record Level(double rmsDbfs, double peakDbfs) { }

    /** Level of {@code block} (an empty block reads as silence). */
    public Level measure(float[] block) {
        if (block.length == 0) return SILENCE;
        double sum = 0, peak = 0;
        for (float v : block) {
            sum += (double) v * v;
            peak = Math.max(peak, Math.abs(v));
        }
        return new Level(toDbfs(Math.sqrt(sum / block.length)), toDbfs(peak));
    }

    /** 20·log10(amplitude), floored at {@link #FLOOR_DB}. */
    public static double toDbfs(double amplitude) {
        return amplitude <= 0 ? FLOOR_DB : Math.max(FLOOR_DB, 20 * Math.log10(amplitude));
    }
}
