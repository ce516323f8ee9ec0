package dev.dartboard.ui.results;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.Genotype;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.nas.pareto.ParetoFront;
import dev.dartboard.nas.pareto.ParetoJson;
import dev.dartboard.nas.pareto.ParetoPoint;
import dev.dartboard.train.RunStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a search run for the Results page: {@code pareto.json} ({@link ParetoJson}), the board's cost
 * model for DS-CNN-S, and the metrics.json of the runs trained from it ({@link RunFolders}). Worker thread.
 */
public final class ResultsLoader {
    /** Most classes tried when matching the front's costs to a label count. */
    static final int MAX_LABELS = 64;
    private final ParetoJson pareto;
    private final BoardProfiles boards;
    private final ObjectMapper mapper;

    public ResultsLoader(ParetoJson pareto, BoardProfiles boards, ObjectMapper mapper) {
        this.pareto = pareto;
        this.boards = boards;
        this.mapper = mapper;
    }

    /** @param fallbackLabels classes assumed when no label count reproduces the front's costs */
    public ResultsSnapshot load(Path run, int fallbackLabels) throws IOException {
        ParetoFront f = pareto.read(run.resolve(ParetoJson.FILE));
        CostModel model = new CostModel(boards.load(f.board()), new GenotypeLowering());
        int labels = f.points().isEmpty() ? fallbackLabels : labelsOf(f.points().get(0), model, fallbackLabels);
        Map<Integer, TrainedMetrics> trained = new HashMap<>();
        for (ParetoPoint p : f.points()) {
            TrainedMetrics m = metrics(RunFolders.trainedRun(run, p.id()));
            if (m != null) trained.put(p.id(), m);
        }
        return new ResultsSnapshot(run, f, labels, model.of(Genotype.dscnnS(), labels), metrics(RunFolders.baselineRun(run)), trained);
    }

    /** The trained metrics in {@code trainedRun}/metrics.json; null when there is none. */
    public TrainedMetrics metrics(Path trainedRun) throws IOException {
        Path file = trainedRun.resolve(RunStore.METRICS);
        if (!Files.isRegularFile(file)) return null;
        try {
            return TrainedMetrics.of(mapper.readValue(file.toFile(), new TypeReference<Map<String, Object>>() { }));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The label count whose cost-model flash and SRAM equal the point's; {@code fallback} when none does. */
    static int labelsOf(ParetoPoint p, CostModel model, int fallback) {
        for (int n = 1; n <= MAX_LABELS; n++) {
            var c = model.of(p.genotype(), n);
            if (c.flashBytes() == p.costs().flashBytes() && c.sramBytes() == p.costs().sramBytes()) return n;
        }
        return fallback;
    }
}
