package dev.dartboard.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.io.JsonFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a sweep's grid file ({@code sweep --grid FILE}, docs/architecture.md#sweeps):
 * <pre>{@code
 * {"data": "samples",                    // relative paths are taken from the grid file's folder
 *  "words": ["yes", "no"],                // optional
 *  "boards": ["nano33ble"],
 *  "budgets": [{"sram": "24k", "flash": "256k", "latency": "200ms"}],   // each field optional
 *  "seeds": [1, 2],
 *  "spaces": ["default", "my-space.json"],                              // optional, default ["default"]
 *  "frontEnds": [{"sampleRates": [8000], "types": ["MFCC"], ...}],       // optional: dataSpace bounds
 *  "search": {"epochs": 4, "rank": 2},    // optional: any other search option by its long name
 *  "train": {"epochs": 30}}               // optional: train each point's chosen genotype into RUN/train
 * }</pre>
 * Unknown fields, empty axes and options the grid sets itself are refused naming the file and field.
 * A {@code search}/{@code train} value {@code true} is a flag, {@code false} leaves it out. Thread-safe.
 */
public final class GridFile {
    private static final Set<String> FIELDS = Set.of("data", "words", "boards", "budgets", "seeds", "spaces", "frontEnds", "search", "train");
    /** Search options the grid's axes own. */
    static final Set<String> AXIS_OPTIONS = Set.of("data", "out", "board", "sram", "flash", "latency", "seed", "space", "words",
            "resume", "force");
    private final ObjectMapper json = new ObjectMapper();

    /** The grid of {@code file}. @throws IOException naming the file and what is wrong */
    public Grid read(Path file) throws IOException {
        JsonNode root = JsonFiles.readTree(json, file, "sweep grid");
        Path base = file.toAbsolutePath().getParent();
        if (!root.isObject()) throw bad(file, "must be a JSON object");
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) throw bad(file, "unknown field '" + f + "' (known: " + String.join(", ", new java.util.TreeSet<>(FIELDS)) + ")");
        }
        String data = text(file, root, "data");
        if (data == null) throw bad(file, "'data' (the data set folder) is missing");
        Path dataDir = base.resolve(data).normalize();
        if (!Files.isDirectory(dataDir)) throw bad(file, "'data': " + dataDir + " is not a folder");
        List<String> words = strings(file, root, "words", false);
        List<String> boards = strings(file, root, "boards", true);
        List<String> boardRefs = new ArrayList<>();
        for (String b : boards) boardRefs.add(b.endsWith(".json") ? base.resolve(b).normalize().toString() : b);
        List<Grid.Budget> budgets = new ArrayList<>();
        for (JsonNode b : array(file, root, "budgets", true)) {
            if (!b.isObject()) throw bad(file, "'budgets': each budget is an object like {\"sram\": \"24k\", \"flash\": \"256k\", \"latency\": \"200ms\"}");
            for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!Set.of("sram", "flash", "latency").contains(f)) throw bad(file, "'budgets': unknown field '" + f + "' (known: sram, flash, latency)");
            }
            budgets.add(new Grid.Budget(scalar(file, b, "sram"), scalar(file, b, "flash"), scalar(file, b, "latency")));
        }
        List<Long> seeds = new ArrayList<>();
        for (JsonNode s : array(file, root, "seeds", true)) {
            if (!s.canConvertToLong() || !s.isIntegralNumber()) throw bad(file, "'seeds': " + s + " is not an integer");
            seeds.add(s.asLong());
        }
        List<String> spaces = new ArrayList<>();
        for (String s : root.has("spaces") ? strings(file, root, "spaces", true) : List.of("default")) {
            if (!s.endsWith(".json")) { spaces.add(s); continue; }
            Path p = base.resolve(s).normalize();
            if (!Files.isRegularFile(p)) throw bad(file, "'spaces': " + p + " not found");
            spaces.add(p.toString());
        }
        List<String> frontEnds = new ArrayList<>();
        if (root.has("frontEnds")) for (JsonNode f : array(file, root, "frontEnds", true)) {
            if (!f.isObject()) throw bad(file, "'frontEnds': each entry is a dataSpace object (sampleRates, types, windowMs, hopMs, melBins, coeffs, clipMs)");
            frontEnds.add(json.writeValueAsString(f));
        }
        else frontEnds.add(null);
        List<String> search = options(file, root, "search");
        List<String> train = root.has("train") ? options(file, root, "train") : null;
        return new Grid(dataDir.toString(), words, boardRefs, budgets, seeds, spaces, frontEnds, search, train);
    }

    /** {@code {"epochs": 4, "superkernel": true}} as {@code --epochs 4 --superkernel}. */
    private static List<String> options(Path file, JsonNode root, String field) throws IOException {
        List<String> out = new ArrayList<>();
        JsonNode o = root.get(field);
        if (o == null) return out;
        if (!o.isObject()) throw bad(file, "'" + field + "' must be an object of " + field + " options, e.g. {\"epochs\": 4}");
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey().startsWith("--") ? e.getKey().substring(2) : e.getKey();
            if (AXIS_OPTIONS.contains(name) || (field.equals("train") && name.equals("genotype")))
                throw bad(file, "'" + field + "." + e.getKey() + "' is set by the sweep itself (its axes, data and run folders)");
            JsonNode v = e.getValue();
            if (v.isBoolean()) { if (v.asBoolean()) out.add("--" + name); continue; }
            if (!v.isValueNode() || v.isNull()) throw bad(file, "'" + field + "." + e.getKey() + "' must be a number, string or boolean");
            out.add("--" + name);
            out.add(v.asText());
        }
        return out;
    }

    private static String text(Path file, JsonNode root, String field) throws IOException {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw bad(file, "'" + field + "' must be a string");
        return v.asText();
    }

    private static String scalar(Path file, JsonNode o, String field) throws IOException {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual() && !v.isNumber()) throw bad(file, "'budgets." + field + "' must be a size or duration like \"24k\" or \"200ms\"");
        return v.asText();
    }

    private static List<JsonNode> array(Path file, JsonNode root, String field, boolean required) throws IOException {
        JsonNode v = root.get(field);
        if (v == null) {
            if (required) throw bad(file, "'" + field + "' is missing");
            return List.of();
        }
        if (!v.isArray() || (required && v.isEmpty())) throw bad(file, "'" + field + "' must be a non-empty list");
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }

    private static List<String> strings(Path file, JsonNode root, String field, boolean required) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array(file, root, field, required)) {
            if (!n.isTextual()) throw bad(file, "'" + field + "': " + n + " is not a string");
            out.add(n.asText());
        }
        return out;
    }

    private static IOException bad(Path file, String problem) {
        return new IOException(file + ": " + problem);
    }
}
