package dev.dartboard.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.io.AtomicFiles;
import dev.dartboard.nas.pareto.ParetoFront;
import dev.dartboard.nas.pareto.ParetoJson;
import dev.dartboard.nas.pareto.ParetoPoint;
import dev.dartboard.run.GenotypeJson;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges a finished sweep into {@code sweep.json} (docs/architecture.md#sweepjson): {@code runs} (each grid point
 * with its run folder, exact budget and own front), {@code points} (the union of the runs' Pareto fronts, each
 * with its run) and {@code front} (indices into {@code points} of the global non-dominated set across budgets,
 * by {@link ParetoFront#nonDominated}: accuracy up, SRAM, flash and latency down; SRAM ascending). Stateless.
 */
public final class SweepMerge {
    public static final String FILE = "sweep.json";
    private final ObjectMapper json;

    public SweepMerge(ObjectMapper json) { this.json = json; }

    /** Reads each point's {@code pareto.json} from its run folder and writes {@code sweepDir/sweep.json}; returns the tree. */
    public Map<String, Object> write(Path sweepDir, Path gridFile, String master, double seconds, List<GridPoint> points,
                                     List<String> runs) throws IOException {
        if (points.size() != runs.size()) throw new IllegalArgumentException(points.size() + " points but " + runs.size() + " run folders");
        List<Map<String, Object>> runDocs = new ArrayList<>(), union = new ArrayList<>();
        List<ParetoPoint> unionPoints = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            GridPoint g = points.get(i);
            Path run = Path.of(runs.get(i));
            ParetoFront f = new ParetoJson(json).read(run.resolve(ParetoJson.FILE));
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", g.id());
            r.put("run", run.toString());
            r.put("board", f.board());
            r.put("budget", GenotypeJson.budget(f.budget()));
            r.put("seed", g.seed());
            r.put("space", g.space());
            r.put("frontEnd", g.frontEnd() == null ? null : json.readTree(g.frontEnd()));
            r.put("chosen", f.chosen());
            r.put("front", f.front());
            runDocs.add(r);
            for (ParetoPoint p : f.frontPoints()) {
                Map<String, Object> q = new LinkedHashMap<>();
                q.put("run", g.id());
                q.put("runFolder", run.toString());
                q.put("point", p.id());
                q.putAll(ParetoJson.point(p));
                q.put("board", f.board());
                q.put("budget", GenotypeJson.budget(f.budget()));
                q.put("genotype", GenotypeJson.of(p.genotype()));
                union.add(q);
                unionPoints.add(new ParetoPoint(unionPoints.size(), p.source(), p.accuracy(), p.costs(), true, p.genotype()));
            }
        }
        List<Integer> front = ParetoFront.nonDominated(unionPoints);
        for (int i = 0; i < union.size(); i++) union.get(i).put("onFront", front.contains(i));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", 1);
        doc.put("grid", gridFile.toAbsolutePath().toString());
        doc.put("master", master);
        doc.put("seconds", Math.round(seconds * 10) / 10.0);
        doc.put("runs", runDocs);
        doc.put("points", union);
        doc.put("front", front);
        AtomicFiles.write(sweepDir.resolve(FILE), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc));
        return doc;
    }
}
