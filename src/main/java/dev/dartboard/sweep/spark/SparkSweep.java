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
        } catch (Exception e) {   // Spark throws its checked SparkException undeclared (Scala)
            if (!(e instanceof org.apache.spark.SparkException)) throw e;
            throw new IllegalStateException("the sweep stopped: a point failed " + attempts + " time(s): " + lastFailure(e)
                    + "; finished points are kept, the same command continues the sweep", e);
        }
    }

    /** The task's own error out of Spark's job-abort message ("... most recent failure: Lost task ...: java.lang.X: MESSAGE\n\tat ..."). */
    static String lastFailure(Exception e) {
        String m = String.valueOf(e.getMessage());
        int i = m.indexOf("most recent failure: ");
        String line = (i >= 0 ? m.substring(i + "most recent failure: ".length()) : m).lines().findFirst().orElse(m);
        java.util.regex.Matcher x = java.util.regex.Pattern.compile("(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): (.*)").matcher(line);
        return x.find() ? x.group(1) : line;
    }

    @Override
    public String master() { return master; }
}
