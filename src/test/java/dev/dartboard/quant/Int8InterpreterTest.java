package dev.dartboard.quant;

import dev.dartboard.model.FloatModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The integer network against the float network it came from (an independent float computation). */
class Int8InterpreterTest {

    @Test
    void dsCnnSAgreesWithTheFloatModel() {
        check(TestModels.dsCnnS(11, 12));
    }

    @Test
    void everyOpKindAgreesWithTheFloatModel() {
        check(TestModels.allOps(12, 6));
    }

    private static void check(FloatModel m) {
        QuantModel q = TestModels.quantized(m);
        Int8Interpreter int8 = new Int8Interpreter(q);
        FloatForward fp = new FloatForward();
        List<float[]> test = TestModels.inputs(2, 200, m.input()[0] * m.input()[1]);
        int agree = 0;
        double err = 0, spread = 0;
        for (float[] x : test) {
            List<float[]> outs = fp.run(m, x);
            float[] ref = outs.get(outs.size() - 1);
            float[] got = q.dequantizeOutput(int8.logits(q.quantizeInput(x)));
            if (argmax(ref) == argmax(got)) agree++;
            for (int i = 0; i < ref.length; i++) {
                err += Math.abs(ref[i] - got[i]);
                spread += Math.abs(ref[i]);
            }
        }
        double rel = err / spread;
        System.out.printf("%s: argmax agreement %d/%d, mean |Δlogit| / mean |logit| = %.4f%n", m.name(), agree, test.size(), rel);
        assertTrue(agree >= 0.95 * test.size(), m.name() + ": argmax agreement " + agree + "/" + test.size());
        assertTrue(rel < 0.05, m.name() + ": relative logit error " + rel);
    }

    private static int argmax(float[] v) {
        int b = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[b]) b = i;
        return b;
    }
}
