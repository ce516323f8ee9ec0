package dev.dartboard.nas.bench;

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
 * {@code shared/bench/darts_peer.py}; run through {@code bench/darts-bench.sh}, which also runs
 * the PyTorch peer and prints the ratio. Args: {@code separate|superkernel} batch warmup steps.
 * Prints one line on stdout: {@code java variant=... B=... weight_ms=... arch_ms=... iter_ms=... rss_peak_mb=...}.
 */
public final class DartsBench {
    private DartsBench() {}

    public static void main(String[] args) throws IOException {
        boolean superkernel = args.length > 0 && args[0].equals("superkernel");
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int steps = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        SupernetSpec spec = SupernetSpec.peerBench(superkernel);
        SameDiff sd = Supernet.build(spec, 1);
        Architect architect = new Architect(sd, Architect.defaultWeightUpdater(), Architect.defaultArchUpdater());
        RandomBatches data = new RandomBatches(7);
        Map<String, INDArray> train = data.next(spec, batch), val = data.next(spec, batch);
        for (int i = 0; i < warmup; i++) architect.iterate(train, val);
        long tw = 0, ta = 0;
        for (int i = 0; i < steps; i++) {
            long t0 = System.nanoTime();
            architect.weightStep(train);
            long t1 = System.nanoTime();
            architect.architectureStep(val);
            long t2 = System.nanoTime();
            System.gc();
            tw += t1 - t0;
            ta += t2 - t1;
        }
        double w = tw / 1e6 / steps, a = ta / 1e6 / steps;
        System.out.printf("java variant=%s B=%d weight_ms=%.1f arch_ms=%.1f iter_ms=%.1f gc_excluded rss_peak_mb=%d%n",
                superkernel ? "superkernel" : "separate", batch, w, a, w + a, peakRssMb());
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
