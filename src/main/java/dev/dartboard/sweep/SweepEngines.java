package dev.dartboard.sweep;

/**
 * Finds the sweep's engine. Spark is not part of Dartboard's app or installer: {@code spark-submit} puts it on
 * the classpath on a cluster, {@code bin/dartboard sweep} adds {@code target/spark-classpath.txt} (written by
 * {@code mvn package}). Without it the sweep stops with {@link #MISSING} before any work.
 */
public final class SweepEngines {
    /** The class whose presence means Spark (core) is on the classpath. */
    static final String SPARK_CLASS = "org.apache.spark.api.java.JavaSparkContext";
    static final String ENGINE_CLASS = "dev.dartboard.sweep.spark.SparkSweep";
    /** What a user reads when Spark is missing. */
    public static final String MISSING = "Apache Spark is not on the classpath: `dartboard sweep` needs spark-core_2.13 4.0.x. "
            + "Run it with bin/dartboard from a built checkout (mvn -DskipTests package writes target/spark-classpath.txt), "
            + "or submit it to a cluster with spark-submit (README, \"Sweeps\"); the desktop app does not ship Spark";

    private SweepEngines() {}

    /** The Spark engine, loaded through {@code loader}. @throws IllegalStateException with {@link #MISSING} when Spark is absent */
    public static SweepEngine spark(ClassLoader loader) {
        try {
            Class.forName(SPARK_CLASS, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException(MISSING, e);
        }
        try {
            return (SweepEngine) Class.forName(ENGINE_CLASS, true, loader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot start the Spark engine: " + e, e);
        }
    }

    /**
     * A local master with retries: {@code local}, {@code local[N]} and {@code local[*]} become {@code local[N,attempts]}
     * (Spark's local mode tries a task once unless told); any other master (a given {@code local[N,F]}, a
     * cluster URL) is returned as is (its retries come from {@code spark.task.maxFailures}).
     */
    public static String withRetries(String master, int attempts) {
        if (attempts < 1) throw new IllegalArgumentException("attempts must be ≥ 1, got " + attempts);
        if (master.equals("local")) return "local[1," + attempts + "]";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("local\\[(\\*|[1-9][0-9]*)]").matcher(master);
        return m.matches() ? "local[" + m.group(1) + "," + attempts + "]" : master;
    }
}
