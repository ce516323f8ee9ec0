package dev.dartboard.export.tflite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs tools/armnn/armnn_run.py (Arm NN TfLiteParser, CpuRef) in a subprocess: Arm NN aborts the
 * process on models it rejects, which must not take the JVM down.
 */
final class ArmNn {
    static final Path SCRIPT = Path.of("tools/armnn/armnn_run.py");

    /** True where /usr/bin/python3 imports pyarmnn. */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import pyarmnn").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** @return per input, the model's outputs (subgraph order) as int arrays */
    static List<List<int[]>> run(Path model, List<byte[]> inputs, Path work) throws IOException, InterruptedException {
        Path bin = work.resolve("inputs.bin");
        try (var out = Files.newOutputStream(bin)) {
            for (byte[] x : inputs) out.write(x);
        }
        Process p = new ProcessBuilder("/usr/bin/python3", SCRIPT.toString(), model.toString(), bin.toString())
                .redirectError(work.resolve("armnn.stderr").toFile()).start();
        String stdout = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0)
            throw new IOException("armnn_run.py failed (" + p.exitValue() + "): " + Files.readString(work.resolve("armnn.stderr")));
        String[] lines = stdout.strip().split("\n");
        JsonNode root = new ObjectMapper().readTree(lines[lines.length - 1]);
        List<List<int[]>> result = new ArrayList<>();
        for (JsonNode perInput : root.get("outputs")) {
            List<int[]> outs = new ArrayList<>();
            for (JsonNode t : perInput) {
                int[] v = new int[t.size()];
                for (int i = 0; i < v.length; i++) v[i] = t.get(i).asInt();
                outs.add(v);
            }
            result.add(outs);
        }
        return result;
    }
}
