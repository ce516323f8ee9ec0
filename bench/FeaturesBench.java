/*
 * Front-end throughput benchmark: clip-configs per second (one 1 s clip featurized under one
 * DataConfig), single thread and N threads with one FeatureExtractor per thread.
 * Not a unit test: run it by hand on a quiet machine.
 *
 *   bench/run-features.sh              # compiles main classes offline, then runs this file
 *   bench/run-features.sh 16000 40 20 40 10 mfcc 2   # sr, window ms, hop ms, mels, coeffs, type, threads
 *
 * Or directly (Java 17 single-file source launch):
 *   mvn -q -o compile && java -cp target/classes bench/FeaturesBench.java
 *
 * Goal (docs/architecture.md#performance-targets): ≥ 2,000 clip-configs/s on 2 cores for the
 * default config (16 kHz, 40 ms / 20 ms, 40 mels, MFCC 10).
 */

import dev.dartboard.features.FeatureExtractor;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

public class FeaturesBench {
    private static final double SECONDS = 3.0;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** CPU time the workers of the last run got: on a shared machine, clips per CPU-second is the stable figure. */
    private static final AtomicLong CPU_NANOS = new AtomicLong();

    public static void main(String[] args) throws Exception {
        DataConfig config = args.length >= 6
                ? new DataConfig(Integer.parseInt(args[0]), FeatureType.parse(args[5]), Double.parseDouble(args[1]),
                Double.parseDouble(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]), 1000)
                : DataConfig.defaults();
        int threads = args.length >= 7 ? Integer.parseInt(args[6]) : 2;
        float[] clip = noise(config.clipSamples());
        System.out.printf(Locale.ROOT, "config %s (%d frames x %d, n_fft %d), %d cores visible%n", config.id(),
                config.frames(), config.features(), config.nFft(), Runtime.getRuntime().availableProcessors());
        run(config, clip, 1, 1.0); // warm-up (JIT)
        double single = run(config, clip, 1, SECONDS);
        double multi = run(config, clip, threads, SECONDS);
        System.out.printf(Locale.ROOT, "1 thread : %,10.0f clip-configs/s (%.3f ms per clip)%n", single, 1000 / single);
        System.out.printf(Locale.ROOT, "%d threads: %,10.0f clip-configs/s (x%.2f)%n", threads, multi, multi / single);
        System.out.printf(Locale.ROOT, "goal 2,000/s on 2 threads: %s (wall clock; a busy machine lowers it: compare"
                + " 2 x clips per CPU-second above)%n", multi >= 2000 ? "met" : "NOT met");
    }

    /** Clip-configs per second with {@code threads} workers, each its own extractor, for ~seconds. */
    private static double run(DataConfig config, float[] clip, int threads, double seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Long>> jobs = new ArrayList<>();
            long deadline = System.nanoTime() + (long) (seconds * 1e9);
            for (int i = 0; i < threads; i++) jobs.add(() -> work(config, clip, deadline));
            CPU_NANOS.set(0);
            long start = System.nanoTime(), clips = 0;
            for (Future<Long> f : pool.invokeAll(jobs)) clips += f.get();
            double wall = (System.nanoTime() - start) / 1e9, cpu = CPU_NANOS.get() / 1e9;
            System.out.printf(Locale.ROOT, "  %d thread(s): %,8d clips in %.2f s wall, %.2f CPU-s -> %,.0f clips per CPU-second%n",
                    threads, clips, wall, cpu, clips / cpu);
            return clips / wall;
        } finally {
            pool.shutdown();
        }
    }

    private static long work(DataConfig config, float[] clip, long deadline) {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long clips = loop(config, clip, deadline);
        CPU_NANOS.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu0);
        return clips;
    }

    private static long loop(DataConfig config, float[] clip, long deadline) {
        FeatureExtractor fx = new FeatureExtractor(config);
        float[] out = new float[config.frames() * config.features()];
        long n = 0;
        double sink = 0;
        while (System.nanoTime() < deadline) {
            fx.extract(clip, out);
            sink += out[(int) (n++ % out.length)];
        }
        if (Double.isNaN(sink)) System.out.println("NaN");
        return n;
    }

    private static float[] noise(int n) {
        Random rnd = new Random(1);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = (float) (0.1 * rnd.nextGaussian() + 0.3 * Math.sin(i * 0.07));
        return x;
    }
}
