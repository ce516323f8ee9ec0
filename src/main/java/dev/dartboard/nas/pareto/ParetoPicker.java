package dev.dartboard.nas.pareto;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.io.AtomicFiles;
import dev.dartboard.nas.search.GenotypeJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes one Pareto point the run's model: writes {@code RUN/genotype.json} in the {@link GenotypeJson}
 * format with the top-level fields a search writes ({@code board}, {@code sram}, {@code flash},
 * {@code latencyMs}, {@code macs}, {@code parameters}, {@code budget}, {@code repairs}) set from the point,
 * plus {@code pareto} ({@code id}, {@code source}, {@code accuracy}); the previous file's {@code search}
 * section is kept. Then rewrites {@code RUN/pareto.json} with {@code chosen} = the point. Both writes
 * are atomic. Used by the studio's Results page and usable from the CLI. Stateless; thread-safe.
 */
public final class ParetoPicker {
    public static final String GENOTYPE = "genotype.json";
    private final ObjectMapper json;

    public ParetoPicker(ObjectMapper json) { this.json = json; }

    /**
     * @param run the search's run folder, holding {@code pareto.json}
     * @return the front with {@code chosen} = {@code id}
     * @throws IllegalArgumentException when {@code id} names no point (the message lists the valid ids)
     */
    public ParetoFront pick(Path run, ParetoFront front, int id) throws IOException {
        ParetoPoint p = front.point(id);
        Path file = run.resolve(GENOTYPE);
        Map<String, Object> m = of(front, p);
        Object search = previousSearch(file);
        if (search != null) m.put("search", search);
        AtomicFiles.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(m));
        ParetoFront chosen = new ParetoFront(front.board(), front.budget(), front.points(), front.front(), id);
        new ParetoJson(json).write(run.resolve(ParetoJson.FILE), chosen);
        return chosen;
    }

    /** genotype.json's content for point {@code p} of {@code f} (without the {@code search} section). */
    static Map<String, Object> of(ParetoFront f, ParetoPoint p) {
        Map<String, Object> shape = GenotypeJson.of(p.genotype());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", shape.get("name"));
        m.put("board", f.board());
        m.put("sram", p.costs().sramBytes());
        m.put("flash", p.costs().flashBytes());
        m.put("latencyMs", p.costs().latencyMs());
        m.put("macs", p.costs().macs());
        m.put("parameters", p.costs().parameters());
        m.put("dataConfig", shape.get("dataConfig"));
        m.put("stem", shape.get("stem"));
        m.put("layers", shape.get("layers"));
        m.put("budget", Map.of("sram", f.budget().sramBytes(), "flash", f.budget().flashBytes(), "latencyMs", f.budget().latencyMs()));
        m.put("repairs", List.of());
        m.put("pareto", Map.of("id", p.id(), "source", p.source(), "accuracy", p.accuracy()));
        return m;
    }

    private Object previousSearch(Path file) throws IOException {
        if (!Files.isRegularFile(file)) return null;
        try {
            return json.readValue(file.toFile(), new TypeReference<Map<String, Object>>() { }).get("search");
        } catch (IOException e) {
            throw new IOException(file + ": cannot be read before replacing it: " + e.getMessage(), e);
        }
    }
}
