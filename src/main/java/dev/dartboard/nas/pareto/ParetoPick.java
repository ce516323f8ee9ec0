package dev.dartboard.nas.pareto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dartboard.io.AtomicFiles;
import dev.dartboard.model.Budget;
import dev.dartboard.nas.cost.CostsJson;
import dev.dartboard.run.GenotypeJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Picks a point of a run's Pareto front as the run's model (the CLI's {@code --pick}, the studio's "Use this point"): rewrites {@code RUN/genotype.json} from the
 * point (network, data config and the top-level {@code sram}, {@code flash}, {@code latencyMs},
 * {@code macs}, {@code parameters}, {@code budget}, {@code repairs}; the {@code search} section is kept,
 * a {@code pareto} section names the point and keeps the decoder's repairs for a later pick of the decoded point) and {@code chosen} in {@code RUN/pareto.json}, both atomically.
 * A point that does not fit the budget is refused. Stateless.
 */
public final class ParetoPick {
    public static final String GENOTYPE = dev.dartboard.run.RunFolder.GENOTYPE;
    private final ObjectMapper json;

    public ParetoPick(ObjectMapper json) { this.json = json; }

    /**
     * @return the picked point
     * @throws IllegalArgumentException when there is no such point or it does not fit (the message names the front)
     * @throws IOException naming the file when pareto.json or genotype.json is missing or malformed
     */
    public ParetoPoint pick(Path run, int id) throws IOException {
        ParetoJson io = new ParetoJson(json);
        ParetoFront f = io.read(run.resolve(ParetoJson.FILE));
        ParetoPoint p = f.point(id);
        if (!p.fits() || !p.costs().fits(f.budget()))
            throw new IllegalArgumentException(String.format("Pareto point %d does not fit the budget (SRAM %d B of %d B, flash %d B of %d B, "
                    + "latency %.1f ms of %.1f ms); pick one of the front: %s", id, p.costs().sramBytes(), f.budget().sramBytes(),
                    p.costs().flashBytes(), f.budget().flashBytes(), p.costs().latencyMs(), f.budget().latencyMs(), f.front()));
        Path file = run.resolve(GENOTYPE);
        AtomicFiles.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(rewrite(read(file), p, f)));
        io.write(run.resolve(ParetoJson.FILE), new ParetoFront(f.board(), f.budget(), f.points(), f.front(), id));
        return p;
    }

    private ObjectNode read(Path file) throws IOException {
        if (!Files.exists(file)) return json.createObjectNode();   // a front without a genotype.json: write one from the point
        JsonNode n = json.readTree(file.toFile());
        if (!(n instanceof ObjectNode o)) throw new IOException(file + ": not a Dartboard genotype.json");
        return o;
    }

    private ObjectNode rewrite(ObjectNode g, ParetoPoint p, ParetoFront f) {
        Budget b = f.budget();
        Map<String, Object> shape = GenotypeJson.of(p.genotype());
        g.put("name", p.genotype().name());
        g.put("board", f.board());
        g.setAll((ObjectNode) json.valueToTree(CostsJson.of(p.costs())));
        for (String k : List.of("dataConfig", "stem", "layers")) g.set(k, json.valueToTree(shape.get(k)));
        g.set("budget", json.valueToTree(GenotypeJson.budget(b)));
        JsonNode decodedRepairs = g.has("pareto") ? g.path("pareto").path("decodedRepairs") : g.path("repairs");
        if (!decodedRepairs.isArray()) decodedRepairs = json.createArrayNode();
        g.set("repairs", p.source().equals(ParetoPoint.DECODED) ? decodedRepairs : json.valueToTree(p.source().equals(ParetoPoint.REPAIRED)
                ? List.of("Pareto point " + p.id() + ": an over-budget sample repaired greedily") : List.of()));
        ObjectNode pareto = json.createObjectNode().put("point", p.id()).put("source", p.source()).put("inheritedAccuracy", p.accuracy());
        g.set("pareto", pareto.set("decodedRepairs", decodedRepairs.deepCopy()));
        return g;
    }
}
