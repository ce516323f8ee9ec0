package dev.dartboard.ui.results;

import dev.dartboard.nas.cost.Costs;
import dev.dartboard.nas.pareto.ParetoFront;

import java.nio.file.Path;
import java.util.Map;

/**
 * A search run as the Results page shows it. Immutable.
 *
 * @param run            the search's run folder
 * @param front          its pareto.json
 * @param labels         classes the costs were computed for (matched against the cost model)
 * @param baselineCosts  DS-CNN-S's exact costs on the front's board
 * @param baseline       the baseline run's metrics, or null when it was not trained
 * @param trained        metrics of the points trained so far, by point id
 */
public record ResultsSnapshot(Path run, ParetoFront front, int labels, Costs baselineCosts, TrainedMetrics baseline,
                              Map<Integer, TrainedMetrics> trained) {
    public ResultsSnapshot {
        trained = Map.copyOf(trained);
    }

    /** A copy with point {@code id}'s (or the baseline's, id −1) metrics set. */
    ResultsSnapshot withTrained(int id, TrainedMetrics m) {
        if (id < 0) return new ResultsSnapshot(run, front, labels, baselineCosts, m, trained);
        Map<Integer, TrainedMetrics> t = new java.util.HashMap<>(trained);
        t.put(id, m);
        return new ResultsSnapshot(run, front, labels, baselineCosts, baseline, t);
    }

    ResultsSnapshot withFront(ParetoFront f) { return new ResultsSnapshot(run, f, labels, baselineCosts, baseline, trained); }
}
