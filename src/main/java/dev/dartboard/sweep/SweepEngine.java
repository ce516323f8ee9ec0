package dev.dartboard.sweep;

import java.util.List;

/** Runs every point of a sweep as one task, retrying failed tasks; blocking. */
public interface SweepEngine {
    /**
     * Runs {@code points} with {@code runner} and returns their run folders in the points' order.
     *
     * @param master   where: a Spark master URL ({@code local[2]}, {@code spark://host:7077}, {@code yarn}); null: the
     *                 one spark-submit set, else {@code local[*]}
     * @param attempts tries per task (≥ 1); a local master gets them as {@code local[N,attempts]}
     * @throws Exception when a point failed on every attempt (the message names it and its last error)
     */
    List<String> run(List<GridPoint> points, String sweepDir, PointRunner runner, String master, int attempts) throws Exception;

    /** The master URL the last {@link #run} used (for sweep.json). */
    String master();
}
