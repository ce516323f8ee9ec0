package dev.dartboard.sweep;

import java.io.Serializable;

/**
 * Runs one grid point where the engine places it (a Spark task on some executor): its search, ranking and
 * optional training into {@code <sweep folder>/points/<id>/}. Serializable: the engine ships the runner to
 * the executors. Must be idempotent across attempts: a point already done returns at once, an interrupted one
 * continues from its checkpoint, so a retried task ends as an uninterrupted one would.
 */
public interface PointRunner extends Serializable {
    /** Refuses a point the runner cannot run (bad option, missing file), before any task starts; the message names the point. */
    void check(GridPoint point) throws Exception;

    /** Runs the point into {@code sweepDir}/points/{@code point.id()} and returns its run folder (absolute path). */
    String run(GridPoint point, String sweepDir) throws Exception;
}
