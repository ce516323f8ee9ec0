package dev.dartboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.data.DataPreparer;
import dev.dartboard.io.AtomicFiles;
import dev.dartboard.nas.pareto.ParetoFront;
import dev.dartboard.nas.pareto.ParetoPick;
import dev.dartboard.nas.pareto.ParetoPoint;
import dev.dartboard.train.CandidateRanking;
import dev.dartboard.train.TrainConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code search --rank N}: the decoded model, the fitting reference-shape points (DS-CNN's layer stack on
 * the data configs γ weighs most) and the fitting Pareto-front points (by inherited accuracy) — at most N
 * distinct networks, in that order — are each trained for a few epochs ({@link CandidateRanking}); the best by
 * validation accuracy becomes the run's model ({@link ParetoPick}) and {@code RUN/ranking.json} keeps
 * every score: {@code {"epochs", "scores": [{"id", "source", "valAccuracy", "sram", "flash", "latencyMs",
 * "seconds"}], "chosen"}} (best first).
 */
final class SearchRanking {
    static final String FILE = "ranking.json";
    private final DataPreparer preparer;
    private final ObjectMapper json = new ObjectMapper();

    SearchRanking(DataPreparer preparer) { this.preparer = preparer; }

    /** Ranks, picks the winner and returns it. */
    ParetoPoint run(Path out, Path data, List<String> words, ParetoFront f, int n, int epochs, long seed, PrintStream err)
            throws IOException {
        List<CandidateRanking.Candidate> candidates = new ArrayList<>();
        for (ParetoPoint p : candidates(f, n)) candidates.add(new CandidateRanking.Candidate(p.id(), p.genotype()));
        TrainConfig config = TrainConfig.defaults(epochs, seed).withPatience(epochs);
        List<CandidateRanking.Score> scores = new CandidateRanking(preparer).rank(data, words, candidates, config, err::println);
        ParetoPoint winner = new ParetoPick(json).pick(out, scores.get(0).id());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CandidateRanking.Score s : scores) {
            ParetoPoint p = f.point(s.id());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", s.id());
            row.put("source", p.source());
            row.put("valAccuracy", s.valAccuracy());
            row.put("sram", p.costs().sramBytes());
            row.put("flash", p.costs().flashBytes());
            row.put("latencyMs", p.costs().latencyMs());
            row.put("seconds", Math.round(s.seconds() * 10) / 10.0);
            rows.add(row);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("epochs", epochs);
        doc.put("scores", rows);
        doc.put("chosen", winner.id());
        AtomicFiles.write(out.resolve(FILE), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc));
        return winner;
    }

    /** The chosen (decoded) point, fitting reference points, then fitting front points by inherited accuracy; distinct; at most n. */
    static List<ParetoPoint> candidates(ParetoFront f, int n) {
        List<ParetoPoint> order = new ArrayList<>();
        order.add(f.point(f.chosen()));
        f.points().stream().filter(p -> p.source().equals(ParetoPoint.REFERENCE) && p.fits() && p.costs().fits(f.budget()))
                .forEach(order::add);
        f.front().stream().map(f::point).filter(ParetoPoint::fits)
                .filter(p -> p.costs().fits(f.budget()))
                .sorted((a, b) -> Double.compare(b.accuracy(), a.accuracy()))
                .forEach(order::add);
        List<ParetoPoint> out = new ArrayList<>();
        for (ParetoPoint p : order) {
            if (out.size() >= n) break;
            boolean twin = out.stream().anyMatch(o -> o.genotype().dataConfig().equals(p.genotype().dataConfig())
                    && o.genotype().stem().equals(p.genotype().stem()) && o.genotype().layers().equals(p.genotype().layers()));
            if (!twin) out.add(p);
        }
        return out;
    }
}
