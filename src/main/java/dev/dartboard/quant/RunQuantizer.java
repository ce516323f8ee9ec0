package dev.dartboard.quant;

import dev.dartboard.data.PreparedData;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.Split;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Quantizes a trained run: calibrates on up to {@code calibrationRows} training clips
 * ({@link CalibrationSet}), writes {@code RUN/model.int8.json}, evaluates float and int8 on the same
 * split the run's metrics use, and writes {@code RUN/quant.json}:
 * {@code calibrationRows, split, n, floatAccuracy, int8Accuracy, deltaPoints, argmaxAgreement, int8}
 * (the last = the int8 confusion's JSON: accuracy, n, labels, perClass, confusion). Not thread-safe per run.
 */
public final class RunQuantizer {
    private final Quantizer quantizer;
    private final QuantModelStore store;
    private final int calibrationRows;

    public RunQuantizer(Quantizer quantizer, QuantModelStore store, int calibrationRows) {
        this.quantizer = quantizer;
        this.store = store;
        this.calibrationRows = calibrationRows;
    }

    /** The quantized model and its report (also saved in {@code run}). */
    public record Outcome(QuantModel model, Map<String, Object> report) { }

    /** @throws IOException also for a model with a non-finite weight or activation (naming the run and the tensor; nothing written) */
    public Outcome quantize(Path run, FloatModel model, PreparedData data, Split split) throws IOException {
        List<float[]> calibration = CalibrationSet.of(data, calibrationRows);
        if (calibration.isEmpty()) throw new IOException(run + ": no training clips to calibrate the int8 model on");
        QuantModel q;
        try {
            q = quantizer.quantize(model, calibration);
        } catch (NonFiniteModelException e) {
            throw new IOException(run + ": " + e.getMessage(), e);
        }
        store.save(run, q);
        QuantEvaluation.Result r = new QuantEvaluation().of(model, q, data, List.of(split));
        Map<String, Object> report = report(calibration.size(), split, r);
        store.saveReport(run, report);
        return new Outcome(q, report);
    }

    private static Map<String, Object> report(int rows, Split split, QuantEvaluation.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("calibrationRows", rows);
        m.put("split", split.jsonName());
        m.put("n", r.int8Confusion().n());
        m.put("floatAccuracy", r.floatConfusion().accuracy());
        m.put("int8Accuracy", r.int8Confusion().accuracy());
        m.put("deltaPoints", r.deltaPoints());
        m.put("argmaxAgreement", r.int8Confusion().n() == 0 ? 1.0 : (double) r.agree() / r.int8Confusion().n());
        m.put("int8", r.int8Confusion().toJson());
        return m;
    }
}
