package dev.dartboard.ui.results;

/**
 * One Pareto point as the chart draws it on the current axis.
 *
 * @param id       the point's id in pareto.json
 * @param x        its cost on the axis ({@link CostAxis} units)
 * @param accuracy 0..1, inherited supernet weights
 * @param kind     how it is drawn
 * @param chosen   whether it is the point in genotype.json
 */
public record ChartPoint(int id, double x, double accuracy, Kind kind, boolean chosen) {
    /** Front points are highlighted and joined; dominated and over-budget ones are dimmed. */
    public enum Kind { FRONT, DOMINATED, OVER_BUDGET }
}
