package dev.dartboard.nas.pareto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.io.AtomicFiles;
import dev.dartboard.model.Budget;
import dev.dartboard.nas.cost.CostsJson;
import dev.dartboard.run.GenotypeJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code pareto.json} format: {@code board}, {@code budget} ({@code sram}, {@code flash} bytes,
 * {@code latencyMs}), {@code chosen} (id in genotype.json), {@code front} (ids, SRAM ascending) and
 * {@code points}, each {@code id}, {@code source}, {@code accuracy} (0..1, inherited supernet weights),
 * {@code sram}, {@code flash}, {@code latencyMs}, {@code macs}, {@code parameters}, {@code fits},
 * {@code onFront}, {@code genotype} (the genotype.json shape: name, dataConfig, stem, layers).
 * Saves are atomic. Stateless.
 */
public final class ParetoJson {
    public static final String FILE = dev.dartboard.run.RunFolder.PARETO;
    private final ObjectMapper json;

    public ParetoJson(ObjectMapper json) { this.json = json; }

    public void write(Path file, ParetoFront f) throws IOException {
        AtomicFiles.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(of(f)).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IOException naming the file when it is missing or not this format */
    public ParetoFront read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException(file + ": no Pareto front (run a search first)");
        JsonNode n = json.readTree(file.toFile());
        try {
            List<ParetoPoint> points = new ArrayList<>();
            for (JsonNode p : n.path("points"))
                points.add(new ParetoPoint(p.path("id").asInt(), p.path("source").asText(), p.path("accuracy").asDouble(),
                        CostsJson.read(p),
                        p.path("fits").asBoolean(), GenotypeJson.read(p.path("genotype"), file.toString())));
            List<Integer> front = new ArrayList<>();
            for (JsonNode id : n.path("front")) front.add(id.asInt());
            JsonNode b = n.path("budget");
            return new ParetoFront(n.path("board").asText(), new Budget(b.path(Budget.SRAM).asLong(), b.path(Budget.FLASH).asLong(),
                    b.path(Budget.LATENCY).asDouble()), points, front, n.path("chosen").asInt());
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": not a Dartboard pareto.json: " + e.getMessage(), e);
        }
    }

    /** The file's content as a JSON-ready tree (what {@code dartboard pareto} prints). */
    public static Map<String, Object> tree(ParetoFront f) { return of(f); }

    /**
     * A point as every file of fronts writes it (pareto.json here, sweep.json's union): {@code source}, {@code accuracy}
     * and its costs ({@link CostsJson#of}); the file adds its own keys around them.
     */
    public static Map<String, Object> point(ParetoPoint p) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("source", p.source());
        q.put("accuracy", p.accuracy());
        q.putAll(CostsJson.of(p.costs()));
        return q;
    }

    static Map<String, Object> of(ParetoFront f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("board", f.board());
        m.put("budget", GenotypeJson.budget(f.budget()));
        m.put("chosen", f.chosen());
        m.put("front", f.front());
        List<Map<String, Object>> points = new ArrayList<>();
        for (ParetoPoint p : f.points()) {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("id", p.id());
            q.putAll(point(p));
            q.put("fits", p.fits());
            q.put("onFront", f.front().contains(p.id()));
            q.put("genotype", GenotypeJson.of(p.genotype()));
            points.add(q);
        }
        m.put("points", points);
        return m;
    }
}
