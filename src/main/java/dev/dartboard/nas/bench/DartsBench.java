package dev.dartboard.nas.bench;

import dev.dartboard.engine.profile.OpProfile;
import dev.dartboard.nas.Architect;
import dev.dartboard.nas.Supernet;
import dev.dartboard.nas.SupernetSpec;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Times one DARTS iteration (weight step + architecture step) on the supernet of
 * {@code bench/darts_peer.py}; run through {@code bench/darts-bench.sh}, which also runs
 * the PyTorch peer and prints the ratio. Args: variant batch warmup steps, where variant is
 * {@code separate} (the peer's function), {@code superkernel}, or either with {@code -pc<K>}
 * (PC-DARTS partial channels, not the peer's function), e.g. {@code superkernel-pc4}.
 * Prints one line on stdout: {@code java variant=... B=... weight_ms=... arch_ms=... gc_ms=... iter_ms=...
 * cpu_ms_per_iter=... main_cpu_ms=... rss_peak_mb=... first_losses=train/val last_losses=train/val}, the losses
 * (before their steps) of the first and the last iteration, so a change of the supernet's function shows; iter_ms = weight + arch + {@link Architect#iterationDone()}
 * (the periodic {@code System.gc()}, averaged over the iterations); main_cpu_ms is the calling thread's CPU
 * time per iteration, steadier than wall time on a shared VM. {@code -Ddartboard.exec=samediff} runs SameDiff's session.
 * Env PROFILE=1 adds native ms per op type on stderr ({@link OpProfile}; the listener itself costs time).
 */
public final class DartsBench {
    private DartsBench() {}

    public static void main(String[] args) throws IOException {
        String variant = args.length > 0 ? args[0] : "separate";
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int steps = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        SupernetSpec spec = spec(variant);
        SameDiff sd = Supernet.build(spec, 1);
        Architect architect = new Architect(sd, Architect.defaultWeightUpdater(), Architect.defaultArchUpdater());
        RandomBatches data = new RandomBatches(7);
        Map<String, INDArray> train = data.next(spec, batch), val = data.next(spec, batch);
        OpProfile profile = new OpProfile();
        boolean profiling = "1".equals(System.getenv("PROFILE"));
        if (profiling) sd.setListeners(profile);
        double[] first = null, last = null;
        for (int i = 0; i < warmup; i++) {
            last = architect.iterate(train, val);
            if (first == null) first = last;
        }
        profile.on(true);
        long[] t = new long[3];
        long cpu0 = cpuNanos();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long main0 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < steps; i++) {
            last = timedIteration(architect, train, val, t);
            if (first == null) first = last;
        }
        double w = t[0] / 1e6 / steps, a = t[1] / 1e6 / steps, gc = t[2] / 1e6 / steps;
        System.out.printf("java variant=%s B=%d weight_ms=%.1f arch_ms=%.1f gc_ms=%.1f iter_ms=%.1f cpu_ms_per_iter=%.1f main_cpu_ms=%.1f rss_peak_mb=%d"
                        + " first_losses=%.6f/%.6f last_losses=%.6f/%.6f%n",
                variant, batch, w, a, gc, w + a + gc,
                (cpuNanos() - cpu0) / 1e6 / steps, (threads.getCurrentThreadCpuTime() - main0) / 1e6 / steps, peakRssMb(),
                first[0], first[1], last[0], last[1]);
        if (profiling) profile.print(System.err, steps, 25);
    }

    /** The peer's supernet in the named variant. */
    static SupernetSpec spec(String variant) {
        int pc = variant.contains("-pc") ? Integer.parseInt(variant.substring(variant.indexOf("-pc") + 3)) : 1;
        if (!variant.startsWith("separate") && !variant.startsWith("superkernel"))
            throw new IllegalArgumentException("unknown variant " + variant);
        return SupernetSpec.peerBench(variant.startsWith("superkernel")).withPartialChannels(pc);
    }

    /** One iteration as {@link Architect#iterate}, adding its three phases' nanoseconds to t; returns {train, val} loss. */
    private static double[] timedIteration(Architect architect, Map<String, INDArray> train, Map<String, INDArray> val, long[] t) {
        long t0 = System.nanoTime();
        double trainLoss = architect.weightStep(train);
        long t1 = System.nanoTime();
        double valLoss = architect.architectureStep(val);
        long t2 = System.nanoTime();
        architect.iterationDone();
        long t3 = System.nanoTime();
        t[0] += t1 - t0;
        t[1] += t2 - t1;
        t[2] += t3 - t2;
        return new double[]{trainLoss, valLoss};
    }

    /** CPU time of the whole process (all threads, native included), ns; robust to a busy machine. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** VmHWM of this process, MiB (Linux); −1 elsewhere. */
    static long peakRssMb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) return -1;
        for (String line : Files.readAllLines(status))
            if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        return -1;
    }
}
