package dev.dartboard.device;

import dev.dartboard.export.csource.CSourceExporter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiles the host simulator ({@code firmware/core} + {@code firmware/host} + the C export's
 * {@code kws_kernels.c} and the front end's {@code kws_fe_core.h}, taken from the classpath so there is one copy) with gcc, C99, warnings as
 * errors. Rebuilds only when a source is newer than the binary. Not thread-safe (one build at a time).
 */
public final class SimulatorBuild {
    static final List<String> KERNELS = List.of("kws_kernels.c", "kws_kernels.h", "kws_fe_core.h");
    private final Path firmwareDir;
    private final Path outDir;

    public SimulatorBuild(Path firmwareDir, Path outDir) {
        this.firmwareDir = firmwareDir;
        this.outDir = outDir;
    }

    /** Returns the simulator binary, building it if needed; throws with gcc's output on failure. */
    public Path build() throws IOException, InterruptedException {
        Path bin = outDir.resolve("dartboard-sim");
        Path kernels = outDir.resolve("kernels");
        boolean kernelsChanged = copyKernels(kernels);
        List<Path> sources = sources();
        if (!kernelsChanged && Files.exists(bin) && upToDate(bin)) return bin;
        List<String> cmd = new ArrayList<>(List.of("gcc", "-std=c99", "-Wall", "-Wextra", "-Werror", "-O2",
                "-I" + kernels, "-o", bin.toString(), kernels.resolve("kws_kernels.c").toString()));
        for (Path s : sources) cmd.add(s.toString());
        cmd.add("-lm"); // the front end's logf/roundf
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) throw new IOException("building the simulator failed:\n" + out);
        return bin;
    }

    /** Writes the kernels into {@code dir} where they differ; true if any changed. */
    private static boolean copyKernels(Path dir) throws IOException {
        Files.createDirectories(dir);
        boolean changed = false;
        for (String name : KERNELS) {
            byte[] want;
            try (InputStream in = CSourceExporter.class.getResourceAsStream(name)) {
                if (in == null) throw new IOException("the C kernels " + name + " are missing from the classpath");
                want = in.readAllBytes();
            }
            Path f = dir.resolve(name);
            if (Files.exists(f) && Arrays.equals(Files.readAllBytes(f), want)) continue;
            Files.write(f, want);
            changed = true;
        }
        return changed;
    }

    private List<Path> sources() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String dir : List.of("core", "host"))
            try (Stream<Path> s = Files.list(firmwareDir.resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".c") && !p.getFileName().toString().equals("core_test.c")).sorted().forEach(all::add);
            }
        if (all.isEmpty()) throw new IOException("no firmware sources under " + firmwareDir);
        return all;
    }

    private boolean upToDate(Path bin) throws IOException {
        long built = Files.getLastModifiedTime(bin).toMillis();
        for (String dir : List.of("core", "host"))
            try (Stream<Path> s = Files.list(firmwareDir.resolve(dir))) {
                if (s.anyMatch(p -> modified(p) > built)) return false;
            }
        return true;
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
