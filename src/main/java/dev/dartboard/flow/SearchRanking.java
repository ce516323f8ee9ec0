package dev.dartboard.flow;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.data.DataPreparer;
import dev.dartboard.io.AtomicFiles;
import dev.dartboard.nas.cost.CostsJson;
import dev.dartboard.nas.pareto.ParetoFront;
import dev.dartboard.nas.pareto.ParetoPick;
import dev.dartboard.nas.pareto.ParetoPoint;
import dev.dartboard.train.CandidateRanking;
import dev.dartboard.train.TrainConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code search --rank N} (and the studio's search, {@link SearchFlow}): the decoded model, the fitting reference-shape points (DS-CNN's layer stack on
 * the data configs γ weighs most) and the fitting Pareto-front points (by inherited accuracy) — at most N
 * distinct networks, in that order — are judged by short trainings with successive halving
 * ({@link CandidateRanking#halving}: all for E epochs, the better half again for 2E, each on at most
 * {@code --rank-clips} training clips); the best of the last round becomes the run's model ({@link ParetoPick})
 * and {@code RUN/ranking.json} keeps every score: {@code {"epochs", "trainClips", "scores": [{"id", "source",
 * "valAccuracy", "epochs", "sram", "flash", "latencyMs", "seconds"}], "rounds": [{"epochs", "scores": [...]}],
 * "chosen"}}: {@code scores} is the final order (best first; a candidate's score from the last round it ran in).
 */
public final class SearchRanking {
    public static final String FILE = dev.dartboard.run.RunFolder.RANKING;
    private final DataPreparer preparer;
    private final ObjectMapper json = new ObjectMapper();

    public SearchRanking(DataPreparer preparer) { this.preparer = preparer; }

    /** Ranks, picks the winner and returns it. */
    public ParetoPoint run(Path out, Path data, List<String> words, ParetoFront f, Ranking ranking, long seed,
                           java.util.function.Consumer<String> progress) throws IOException {
        int n = ranking.candidates(), epochs = ranking.epochs(), clips = ranking.clips();
        List<CandidateRanking.Candidate> candidates = new ArrayList<>();
        for (ParetoPoint p : candidates(f, n)) candidates.add(new CandidateRanking.Candidate(p.id(), p.genotype()));
        TrainConfig config = TrainConfig.defaults(epochs, seed).withPatience(epochs);
        List<CandidateRanking.Round> rounds = new CandidateRanking(preparer, clips).halving(data, words, candidates, config, progress);
        List<CandidateRanking.Score> scores = CandidateRanking.order(rounds);
        ParetoPoint winner = new ParetoPick(json).pick(out, scores.get(0).id());
        List<Map<String, Object>> roundDocs = new ArrayList<>();
        for (CandidateRanking.Round r : rounds) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("epochs", r.epochs());
            doc.put("scores", rows(f, r.scores()));
            roundDocs.add(doc);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("epochs", epochs);
        doc.put("trainClips", clips);
        doc.put("scores", rows(f, scores));
        doc.put("rounds", roundDocs);
        doc.put("chosen", winner.id());
        AtomicFiles.write(out.resolve(FILE), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc));
        return winner;
    }

    private static List<Map<String, Object>> rows(ParetoFront f, List<CandidateRanking.Score> scores) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CandidateRanking.Score s : scores) {
            ParetoPoint p = f.point(s.id());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", s.id());
            row.put("source", p.source());
            row.put("valAccuracy", s.valAccuracy());
            row.put("epochs", s.epochs());
            row.putAll(CostsJson.totals(p.costs()));
            row.put("seconds", Math.round(s.seconds() * 10) / 10.0);
            rows.add(row);
        }
        return rows;
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
