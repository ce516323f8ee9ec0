package dev.dartboard.quant;

import dev.dartboard.model.FloatModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** quantize refuses a float model or calibration with NaN/Inf and names the tensor (before: garbage int8 params). */
class NonFiniteQuantizeTest {
    private final Quantizer quantizer = new Quantizer(new Calibrator(new FloatForward()));

    @Test
    void aNaNWeightIsRefusedNamingTheOpTheTensorAndTheElement() {
        FloatModel m = TestModels.dsCnnS(3, 12);
        m.ops().get(3).weights()[17] = Float.NaN; // op 3 is the second block's depthwise conv
        NonFiniteModelException e = assertThrows(NonFiniteModelException.class,
                () -> quantizer.quantize(m, TestModels.inputs(1, 4, 490)));
        assertEquals("op 3 (DEPTHWISE_CONV_2D) weights[17] is NaN: the float model is not finite (did training diverge?);"
                + " nothing was quantized", e.getMessage());
    }

    @Test
    void anInfiniteBiasIsRefused() {
        FloatModel m = TestModels.allOps(4, 6);
        m.ops().get(9).bias()[2] = Float.NEGATIVE_INFINITY;
        String msg = assertThrows(NonFiniteModelException.class, () -> quantizer.quantize(m, TestModels.inputs(1, 4, 490))).getMessage();
        assertTrue(msg.startsWith("op 9 (FULLY_CONNECTED) bias[2] is -Infinity"), msg);
    }

    @Test
    void aNaNInTheCalibrationFeaturesIsRefused() {
        FloatModel m = TestModels.dsCnnS(5, 12);
        List<float[]> calibration = TestModels.inputs(2, 4, 490);
        calibration.get(2)[100] = Float.NaN;
        String msg = assertThrows(NonFiniteModelException.class, () -> quantizer.quantize(m, calibration)).getMessage();
        assertTrue(msg.startsWith("the model input ranges over [NaN, NaN]"), msg);
    }
}
