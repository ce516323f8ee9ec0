package dev.dartboard.ui.overview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A training run's accuracies as the Overview shows them: metrics.json's float accuracy and, once the
 * Deploy page exported it, quant.json's int8 accuracy. Immutable.
 *
 * @param run           the training run folder
 * @param floatAccuracy 0..1, NaN when metrics.json is missing
 * @param int8Accuracy  0..1, NaN before quantization
 * @param split         the split both were measured on
 */
public record TrainedCard(Path run, double floatAccuracy, double int8Accuracy, String split) {

    /** Reads {@code run}/metrics.json and {@code run}/quant.json (either may be absent). Worker thread. */
    public static TrainedCard read(ObjectMapper mapper, Path run) throws IOException {
        JsonNode m = tree(mapper, run.resolve("metrics.json"));
        JsonNode q = tree(mapper, run.resolve("quant.json"));
        return new TrainedCard(run, number(m, "accuracy"), number(q, "int8Accuracy"),
                m != null && m.hasNonNull("split") ? m.get("split").asText() : "test");
    }

    /** e.g. "float 91.2% · int8 90.8% on the test split" or "float 91.2% on the test split · int8 not measured yet". */
    public String text() {
        if (Double.isNaN(floatAccuracy)) return "no metrics.json yet";
        String f = String.format(Locale.ROOT, "float %.1f%%", 100 * floatAccuracy);
        if (Double.isNaN(int8Accuracy)) return f + " on the " + split + " split · int8 not measured yet (export on Deploy)";
        return f + String.format(Locale.ROOT, " · int8 %.1f%% on the %s split", 100 * int8Accuracy, split);
    }

    private static JsonNode tree(ObjectMapper mapper, Path f) throws IOException {
        return Files.isRegularFile(f) ? mapper.readTree(f.toFile()) : null;
    }

    private static double number(JsonNode n, String field) {
        return n != null && n.get(field) != null && n.get(field).isNumber() ? n.get(field).asDouble() : Double.NaN;
    }
}
