package dev.dartboard.ui.results;

import dev.dartboard.nas.pareto.ParetoFront;
import dev.dartboard.nas.pareto.ParetoPoint;

import java.util.List;

/** Maps a Pareto front onto one cost axis for the chart. Stateless. */
final class ChartPoints {
    private ChartPoints() { }

    /** Every point in id order: x = its cost on {@code axis}, y = accuracy, kind front / dominated / over budget. */
    static List<ChartPoint> of(ParetoFront f, CostAxis axis) {
        return f.points().stream().map(p -> new ChartPoint(p.id(), axis.of(p.costs()), p.accuracy(), kind(f, p), p.id() == f.chosen())).toList();
    }

    private static ChartPoint.Kind kind(ParetoFront f, ParetoPoint p) {
        if (!p.fits()) return ChartPoint.Kind.OVER_BUDGET;
        return f.front().contains(p.id()) ? ChartPoint.Kind.FRONT : ChartPoint.Kind.DOMINATED;
    }
}
