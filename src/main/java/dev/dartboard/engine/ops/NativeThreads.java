package dev.dartboard.engine.ops;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * How many threads libnd4j's ops use. The default leaves one core to the Java side: a SameDiff
 * step spends about a third of its time single-threaded in Java (session bookkeeping, allocation,
 * {@code System.gc()}), and native threads waiting for work either spin on that core or pay a
 * wake-up per parallel region. Measured on 2 cores (docs/search-speed.md): one DARTS iteration of
 * bench/darts-bench.sh's superkernel net takes 254–314 ms on 1 thread against 343–413 ms on 2; a
 * DS-CNN-S training step 92 ms against 126 ms. Unmeasured on more cores.
 *
 * <p>OpenMP's thread count is per calling thread (an ICV of its task), so the code that runs ops
 * calls {@link #onThisThread()} first (the search step, the trainer, the evaluators); it costs a
 * thread-local lookup after the first call. An {@code OMP_NUM_THREADS} in the environment wins over
 * the default; {@link #request} (the CLI's {@code --threads}) wins over both. Thread-safe.
 */
public final class NativeThreads {
    private static volatile int requested;
    private static final ThreadLocal<Integer> applied = new ThreadLocal<>();

    private NativeThreads() {}

    /** Cores − 1, at least 1. */
    public static int defaultCount(int cores) {
        return Math.max(1, cores - 1);
    }

    /** Asks for {@code threads} native threads in this process from now on; 0 returns to the default. */
    public static void request(int threads) {
        if (threads < 0) throw new IllegalArgumentException("threads must be 0 (default) or more, got " + threads);
        requested = threads;
    }

    /** The count this process uses: the request, else OMP_NUM_THREADS's (0: left to OpenMP), else the default. */
    public static int effective() {
        if (requested > 0) return requested;
        String env = System.getenv("OMP_NUM_THREADS");
        if (env != null && !env.isBlank()) return 0;
        return defaultCount(Runtime.getRuntime().availableProcessors());
    }

    /** Applies {@link #effective()} to the calling thread's native ops (once per thread and count). */
    public static void onThisThread() {
        int n = effective();
        if (n == 0) return;
        Integer done = applied.get();
        if (done != null && done == n) return;
        Nd4j.getEnvironment().setMaxMasterThreads(n);
        Nd4j.getEnvironment().setMaxThreads(n);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(n);
        applied.set(n);
    }

    /** OpenMP's thread count for parallel regions started by the calling thread. */
    public static int ofThisThread() {
        return NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
    }
}
