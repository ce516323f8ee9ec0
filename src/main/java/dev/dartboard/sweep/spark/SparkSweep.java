package dev.dartboard.sweep.spark;

import dev.dartboard.sweep.GridPoint;
import dev.dartboard.sweep.PointRunner;
import dev.dartboard.sweep.SweepEngine;
import dev.dartboard.sweep.SweepEngines;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

import java.util.List;

/**
 * The sweep on Apache Spark: one partition, hence one task, per grid point; each task runs its point with
 * the {@link PointRunner} on whichever executor Spark picks, and a failed task (an exception, a lost
 * executor) is retried up to {@code attempts} times, the runner resuming the point from its checkpoint.
 * The only Dartboard class that touches Spark; loaded by {@link SweepEngines#spark} once Spark is known to be
 * there. The master comes from {@code --master}, else from spark-submit ({@code spark.master}), else
 * {@code local[*]}.
 */
public final class SparkSweep implements SweepEngine {
    private String master;

    @Override
    public List<String> run(List<GridPoint> points, String sweepDir, PointRunner runner, String given, int attempts) {
        for (String quiet : new String[]{"org.apache.spark", "org.sparkproject", "org.apache.hadoop", "io.netty"})   // Spark's INFO lines drown the sweep's
            if (System.getProperty("org.slf4j.simpleLogger.log." + quiet) == null) System.setProperty("org.slf4j.simpleLogger.log." + quiet, "warn");
        SparkConf conf = new SparkConf().setAppName("dartboard sweep " + sweepDir);
        String m = given != null ? given : conf.get("spark.master", "local[*]");
        master = SweepEngines.withRetries(m, attempts);
        conf.setMaster(master);
        conf.set("spark.task.maxFailures", Integer.toString(attempts));
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            return sc.parallelize(points, Math.max(1, points.size())).map(p -> runner.run(p, sweepDir)).collect();
        }
    }

    @Override
    public String master() { return master; }
}
