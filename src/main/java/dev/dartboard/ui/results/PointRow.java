package dev.dartboard.ui.results;

import dev.dartboard.nas.pareto.ParetoFront;
import dev.dartboard.nas.pareto.ParetoPoint;

import java.util.List;

/**
 * One Pareto point as the point table lists it (every cost, whatever the chart's axis): real fronts have
 * points on top of one another, which the table still tells apart.
 *
 * @param id        the point's id in pareto.json
 * @param source    how the explorer got it (decoded, argmax, sample, repaired)
 * @param accuracy  0..1, inherited supernet weights
 * @param sramKb    peak SRAM, KB (bytes / 1024)
 * @param flashKb   flash, KB
 * @param latencyMs latency on the board, ms
 * @param status    "front", "dominated" or "over budget"; "· chosen" appended for the point in genotype.json
 * @param trained   0..1 once the point was trained from scratch (its metrics.json), else null
 */
public record PointRow(int id, String source, double accuracy, double sramKb, double flashKb, double latencyMs, String status,
                       Double trained) {
    /** Every point of {@code f}, id order, with the trained accuracies of {@code trained} (by point id). */
    static List<PointRow> of(ParetoFront f, java.util.Map<Integer, TrainedMetrics> trained) {
        return f.points().stream().map(p -> of(f, p, trained.get(p.id()))).toList();
    }

    private static PointRow of(ParetoFront f, ParetoPoint p, TrainedMetrics t) {
        String kind = !p.fits() ? "over budget" : f.front().contains(p.id()) ? "front" : "dominated";
        return new PointRow(p.id(), p.source(), p.accuracy(), CostAxis.SRAM.of(p.costs()), CostAxis.FLASH.of(p.costs()),
                CostAxis.LATENCY.of(p.costs()), p.id() == f.chosen() ? kind + " · chosen" : kind, t == null ? null : t.accuracy());
    }
}
