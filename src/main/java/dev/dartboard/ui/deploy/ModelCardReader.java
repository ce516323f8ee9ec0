package dev.dartboard.ui.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.export.card.ModelCardWriter;
import dev.dartboard.io.JsonFiles;
import dev.dartboard.model.Budget;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.nas.cost.Costs;
import dev.dartboard.run.RunFolder;
import dev.dartboard.ui.results.PointDetails;
import dev.dartboard.ui.results.TrainedMetrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a run's {@link ModelCard}: the front end and network from its genotype, the estimate from the cost
 * model on the project's board, float accuracy and matrix from {@code metrics.json}, int8 from {@code quant.json}
 * and the built sizes from the last export's {@code export/model_card.json} ("measured", written by the export
 * command's card). Missing files give "—" or a line saying what makes them. Stateless; call from a worker.
 */
public final class ModelCardReader {
    private static final String NONE = "—";
    private final ObjectMapper mapper;

    public ModelCardReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** @param costs the run's model on the board ({@code CostModel.of}); @param budget the project's budget */
    public ModelCard read(RunSummary run, Costs costs, Budget budget) throws IOException {
        RunFolder f = RunFolder.of(run.folder());
        JsonNode quant = json(f.quantReport());
        JsonNode card = json(f.export().resolve(ModelCardWriter.JSON));
        JsonNode measured = card == null || card.get("measured") == null || card.get("measured").isNull() ? null : card.get("measured");
        List<ModelCard.SizeRow> sizes = List.of(
                new ModelCard.SizeRow("Flash", kb(costs.flashBytes()), measured == null ? NONE : kb(measured.get("flashBytes").asLong()), kb(budget.flashBytes())),
                new ModelCard.SizeRow("SRAM", kb(costs.sramBytes()), measured == null ? NONE : kb(measured.get("librarySramBytes").asLong()), kb(budget.sramBytes())),
                new ModelCard.SizeRow("Latency", String.format(Locale.ROOT, "%.1f ms", costs.latencyMs()), NONE, String.format(Locale.ROOT, "%.0f ms", budget.latencyMs())));
        TrainedMetrics floatM = metrics(run.metrics());
        TrainedMetrics int8M = quant == null || quant.get("int8") == null ? null : metrics(mapper.convertValue(quant.get("int8"), Map.class));
        return new ModelCard(run.model().name() + " · " + run.labelsText(), frontEnd(run.genotype().dataConfig()),
                PointDetails.boxes(run.genotype(), run.labels().size()), sizes, accuracy(floatM, quant), floatM, int8M);
    }

    /** e.g. "MFCC: 10 coefficients of 40 mel bands · 40 ms windows every 20 ms · 1 s clips at 16 kHz → 49 frames × 10 features". */
    public static String frontEnd(DataConfig c) {
        String kind = c.type() == FeatureType.MFCC ? "MFCC: " + c.coeffs() + " coefficients of " + c.melBins() + " mel bands"
                : "Log-mel: " + c.melBins() + " mel bands";
        return String.format(Locale.ROOT, "%s · %s ms windows every %s ms · %s s clips at %s kHz → %d frames × %d features",
                kind, num(c.windowMs()), num(c.hopMs()), num(c.clipMs() / 1000), num(c.sampleRate() / 1000.0), c.frames(), c.features());
    }

    /** "Float 91.2% · int8 90.8% (−0.4 points) on the test split, 123 clips · int8 and float agree on 98.0%". */
    static String accuracy(TrainedMetrics floatM, JsonNode quant) {
        if (floatM == null && quant == null) return "No accuracy yet: metrics.json has no confusion matrix (train the run first).";
        StringBuilder s = new StringBuilder();
        if (quant != null) {
            // a quant.json of an older or hand-made run may lack the detail fields: say what it has
            double f = quant.path("floatAccuracy").asDouble(Double.NaN), q = quant.path("int8Accuracy").asDouble(Double.NaN);
            s.append(String.format(Locale.ROOT, "Float %.1f%% · int8 %.1f%% (%+.1f points)", 100 * f, 100 * q,
                    quant.path("deltaPoints").asDouble(100 * (q - f))));
            if (quant.hasNonNull("split")) s.append(" on the ").append(quant.get("split").asText()).append(" split");
            if (quant.hasNonNull("n")) s.append(", ").append(quant.get("n").asInt()).append(" clips");
            if (quant.hasNonNull("argmaxAgreement"))
                s.append(String.format(Locale.ROOT, " · int8 and float agree on %.1f%%", 100 * quant.get("argmaxAgreement").asDouble()));
        } else {
            s.append(String.format(Locale.ROOT, "Float %.1f%% on the %s split · int8: not quantized yet (an export quantizes it)",
                    100 * floatM.accuracy(), floatM.split()));
        }
        return s.toString();
    }

    @SuppressWarnings("unchecked")
    private static TrainedMetrics metrics(Map<?, ?> m) {
        try {
            return m == null ? null : TrainedMetrics.of((Map<String, Object>) m);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private JsonNode json(Path file) throws IOException {
        return Files.isRegularFile(file) ? JsonFiles.readTree(mapper, file, file.getFileName().toString()) : null;
    }

    private static String kb(long bytes) { return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0); }

    private static String num(double v) { return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v); }
}
