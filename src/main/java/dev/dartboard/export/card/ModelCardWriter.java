package dev.dartboard.export.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dartboard.io.AtomicFiles;

import dev.dartboard.model.Budget;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code model_card.json} (the {@link ModelCardBuilder} map) and {@code model_card.md}, rendered
 * from the same JSON tree so both state identical numbers. Atomic writes; stateless apart from the mapper.
 */
public final class ModelCardWriter {
    public static final String JSON = "model_card.json", MARKDOWN = "model_card.md";
    private final ObjectMapper mapper;

    public ModelCardWriter(ObjectMapper mapper) {
        this.mapper = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public List<Path> write(Map<String, Object> card, Path dir) throws IOException {
        java.nio.file.Files.createDirectories(dir);
        AtomicFiles.write(dir.resolve(JSON), mapper.writeValueAsBytes(card));
        AtomicFiles.write(dir.resolve(MARKDOWN), markdown(mapper.valueToTree(card)).getBytes(StandardCharsets.UTF_8));
        return List.of(dir.resolve(JSON), dir.resolve(MARKDOWN));
    }

    static String markdown(JsonNode c) {
        JsonNode m = c.get("model"), e = c.get("estimated"), x = c.get("measured"), a = c.get("accuracy"), b = c.get("budget");
        StringBuilder s = new StringBuilder("# Model card: " + m.get("name").asText() + "\n\n");
        s.append("Keyword spotter for ").append(c.get("board").get("name").asText()).append(", int8 (TFLite quantization spec).\n\n");
        s.append("| | |\n|---|---|\n");
        row(s, "Labels", String.join(", ", texts(m.get("labels"))));
        row(s, "Front end", c.get("dataConfig").get("id").asText() + " (" + c.get("dataConfig").get("frames") + " frames x "
                + c.get("dataConfig").get("features") + " features)");
        row(s, "Parameters", m.get("parameters").asText());
        row(s, "int8 weights + int32 biases", m.get("int8WeightBytes").asText() + " B");
        row(s, "Ops / MACs", m.get("ops").asText() + " / " + m.get("macs").asText());
        s.append("\n## Accuracy (").append(a.get("split") == null || a.get("split").isNull() ? "n/a" : a.get("split").asText()).append(" split, n = ").append(a.get("n")).append(")\n\n");
        s.append("| float | int8 | delta (points) | float/int8 argmax agreement |\n|---|---|---|---|\n");
        s.append("| ").append(fixed(a.get("float"))).append(" | ").append(fixed(a.get("int8"))).append(" | ").append(fixed(a.get("deltaPoints")))
                .append(" | ").append(fixed(a.get("argmaxAgreement"))).append(" |\n");
        s.append(operatingPoint(c.get("operatingPoint")));
        s.append("\n## Resources on ").append(c.get("board").get("id").asText()).append("\n\n");
        s.append("| | estimated (cost model) | measured (arm-none-eabi build) | budget |\n|---|---|---|---|\n");
        s.append("| flash, B | ").append(e.get("flashBytes")).append(" | ").append(x == null || x.isNull() ? "n/a" : x.get("flashBytes"))
                .append(" | ").append(b.get(Budget.FLASH)).append(" |\n");
        s.append("| library SRAM (arena + FFT/mel scratch), B | ").append(e.get("librarySramBytes")).append(" | ")
                .append(x == null || x.isNull() ? "n/a" : x.get("librarySramBytes")).append(" | |\n");
        s.append("| total SRAM (+ streaming buffers, runtime), B | ").append(e.get("sramBytes")).append(" | | ").append(b.get(Budget.SRAM)).append(" |\n");
        s.append("| latency, ms | ").append(String.format(java.util.Locale.ROOT, "%.2f", e.get("latencyMs").asDouble()))
                .append(" (").append(e.get("cyclesFrontend")).append(" + ").append(e.get("cyclesNetwork")).append(" cycles) | | ")
                .append(b.get(Budget.LATENCY)).append(" |\n");
        s.append("\nBudget: ").append(b.get("source").asText()).append("; fits: ").append(b.get("fits")).append(".\n");
        if (x != null && !x.isNull()) s.append("Compiler: ").append(x.get("compiler").asText()).append(".\n");
        layers(s, e.get("instructions"));
        confusion(s, "int8", c.get("confusion").get("int8"), m.get("labels"));
        confusion(s, "float", c.get("confusion").get("float"), m.get("labels"));
        s.append("\n## Genotype\n\n```json\n").append(c.get("genotype").toPrettyString()).append("\n```\n");
        return s.toString();
    }

    /**
     * The reject bias the model runs at (train.OperatingPoint) and, when chosen, the validation rates it moved; ""
     * for a plain classifier (bias 0, not chosen) or a run trained before operating points.
     */
    static String operatingPoint(JsonNode p) {
        if (p == null || p.isNull() || p.get("bias") == null) return "";
        if (p.get("bias").asDouble() == 0 && !"auto".equals(p.get("setting").asText())) return "";
        StringBuilder s = new StringBuilder("\nOperating point: ").append(String.format(java.util.Locale.ROOT, "%+.3f", p.get("bias").asDouble()))
                .append(" added to the silence and unknown logits (").append(p.get("setting").asText()).append(")");
        JsonNode before = p.get("validationBefore"), after = p.get("validationAfter");
        if (before != null && after != null)
            s.append(String.format(java.util.Locale.ROOT, "; on the validation split keywords detected %.1f%% → %.1f%%,"
                            + " other words rejected %.1f%% → %.1f%%", 100 * before.get("detection").asDouble(),
                    100 * after.get("detection").asDouble(), 100 * before.get("rejection").asDouble(), 100 * after.get("rejection").asDouble()));
        return s.append(".\n").toString();
    }

    /** The per-layer instruction estimate, one row per kernel call, and its total. */
    private static void layers(StringBuilder s, JsonNode ins) {
        if (ins == null || ins.isNull()) return;
        s.append("\n## Instructions per inference (cost model, Cortex-M4)\n\n| op | kind | kernel | MACs | instructions |\n|---|---|---|---|---|\n");
        for (JsonNode l : ins.get("layers"))
            s.append("| ").append(l.get("op")).append(" | ").append(l.get("kind").asText()).append(" | ").append(l.get("kernel").asText())
                    .append(" | ").append(l.get("macs")).append(" | ").append(l.get("instructions")).append(" |\n");
        s.append("| | outside the kernels | | | ").append(ins.get("perInference")).append(" |\n");
        s.append("| | total | | | ").append(ins.get("network")).append(" |\n");
    }

    private static void confusion(StringBuilder s, String which, JsonNode matrix, JsonNode labels) {
        if (matrix == null || matrix.isNull()) return;
        s.append("\n## Confusion matrix, ").append(which).append(" (rows: true, columns: predicted)\n\n|");
        for (String l : texts(labels)) s.append(" | ").append(l);
        s.append(" |\n|---").append("|---".repeat(labels.size())).append("|\n");
        for (int i = 0; i < matrix.size(); i++) {
            s.append("| ").append(labels.get(i).asText());
            for (JsonNode v : matrix.get(i)) s.append(" | ").append(v.asInt());
            s.append(" |\n");
        }
    }

    /** 4 decimals, or "n/a" for a missing number. */
    private static String fixed(JsonNode v) {
        return v == null || v.isNull() ? "n/a" : String.format(java.util.Locale.ROOT, "%.4f", v.asDouble());
    }

    private static void row(StringBuilder s, String k, String v) {
        s.append("| ").append(k).append(" | ").append(v).append(" |\n");
    }

    private static List<String> texts(JsonNode array) {
        List<String> l = new java.util.ArrayList<>();
        for (JsonNode n : array) l.add(n.asText());
        return l;
    }
}
