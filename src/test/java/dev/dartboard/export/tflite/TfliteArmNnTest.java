package dev.dartboard.export.tflite;

import dev.dartboard.model.FloatModel;
import dev.dartboard.quant.Int8Interpreter;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.QuantOp;
import dev.dartboard.quant.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The written .tflite run by an independent runtime (Arm NN TfLiteParser, CpuRef, which computes in
 * float): same argmax as Int8Interpreter on ≥ 99% of inputs, and every layer, fed Arm NN's own input
 * tensors, within ±1 LSB of our integer kernel.
 */
class TfliteArmNnTest {
    @TempDir
    Path work;

    @BeforeAll
    static void needsArmNn() {
        assumeTrue(ArmNn.available(), "skipped: /usr/bin/python3 cannot import pyarmnn (apt-get install python3-pyarmnn)");
    }

    @Test
    void allOpKindsAgreeWithArmNn() throws Exception {
        check(TestModels.allOps(21, 6), 100);
    }

    @Test
    void dsCnnSAgreesWithArmNn() throws Exception {
        check(TestModels.dsCnnS(22, 12), 40);
    }

    private void check(FloatModel m, int n) throws Exception {
        QuantModel q = TestModels.quantized(m);
        Path file = work.resolve("model.tflite");
        Files.write(file, new TfliteWriter().write(q, true));
        List<byte[]> inputs = new ArrayList<>();
        for (float[] x : TestModels.inputs(5, n, m.input()[0] * m.input()[1])) inputs.add(q.quantizeInput(x));
        List<List<int[]>> arm = ArmNn.run(file, inputs, work);
        Int8Interpreter int8 = new Int8Interpreter(q);
        int agree = 0, worst = 0, last = q.ops().size() - 1;
        for (int k = 0; k < n; k++) {
            List<int[]> a = arm.get(k);
            assertEquals(q.ops().size(), a.size());
            if (Int8Interpreter.argmax(int8.logits(inputs.get(k))) == argmax(a.get(last))) agree++;
            for (int i = 0; i <= last; i++) worst = Math.max(worst, layerError(q, int8, i, inputs.get(k), a));
        }
        System.out.printf("%s: Arm NN argmax agreement %d/%d, worst per-layer error %d LSB%n", m.name(), agree, n, worst);
        assertTrue(agree >= 0.99 * n, "argmax agreement " + agree + "/" + n);
        assertTrue(worst <= 1, "a layer differs by " + worst + " LSB");
    }

    /** Max |ours − Arm NN| of op i, our kernel fed Arm NN's input tensors. */
    private static int layerError(QuantModel q, Int8Interpreter int8, int i, byte[] input, List<int[]> arm) {
        QuantOp op = q.ops().get(i);
        byte[] x = tensor(op.inputs()[0], input, arm);
        byte[] second = op.inputs().length > 1 ? tensor(op.inputs()[1], input, arm) : null;
        byte[] ours = int8.runOp(i, x, second);
        int worst = 0;
        for (int j = 0; j < ours.length; j++) worst = Math.max(worst, Math.abs(ours[j] - arm.get(i)[j]));
        return worst;
    }

    private static byte[] tensor(int src, byte[] input, List<int[]> arm) {
        if (src < 0) return input;
        int[] v = arm.get(src);
        byte[] b = new byte[v.length];
        for (int j = 0; j < v.length; j++) b[j] = (byte) v[j];
        return b;
    }

    private static int argmax(int[] v) {
        int b = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[b]) b = i;
        return b;
    }
}
