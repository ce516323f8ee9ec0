package dev.dartboard.nas.pareto;

import dev.dartboard.model.Budget;

import java.util.List;

/**
 * What {@code RUN/pareto.json} holds: every evaluated candidate ({@code points}) and, among those that
 * fit the budget, the ids of the non-dominated ones ({@code front}, by SRAM ascending), plus the id
 * written to {@code genotype.json} ({@code chosen}). Immutable.
 *
 * @param board   board profile id
 * @param budget  the search's budget
 * @param points  all candidates, ids 0..n−1 in order
 * @param front   ids of the non-dominated fitting points, SRAM ascending
 * @param chosen  id of the point in genotype.json
 */
public record ParetoFront(String board, Budget budget, List<ParetoPoint> points, List<Integer> front, int chosen) {
    public ParetoFront {
        points = List.copyOf(points);
        front = List.copyOf(front);
        for (int i = 0; i < points.size(); i++)
            if (points.get(i).id() != i) throw new IllegalArgumentException("point ids must be 0..n-1 in order");
        if (chosen < 0 || chosen >= points.size()) throw new IllegalArgumentException("chosen id out of range: " + chosen);
    }

    /** The front's points, SRAM ascending. */
    public List<ParetoPoint> frontPoints() { return front.stream().map(points::get).toList(); }

    /** The point with this id. @throws IllegalArgumentException naming the valid ids */
    public ParetoPoint point(int id) {
        if (id < 0 || id >= points.size())
            throw new IllegalArgumentException("no Pareto point " + id + " (ids 0.." + (points.size() - 1) + ")");
        return points.get(id);
    }

    /** Ids of the non-dominated points among those that fit, SRAM ascending (ties: higher accuracy first). */
    public static List<Integer> nonDominated(List<ParetoPoint> points) {
        return points.stream().filter(ParetoPoint::fits)
                .filter(p -> points.stream().filter(ParetoPoint::fits).noneMatch(q -> q.dominates(p)))
                .sorted(java.util.Comparator.comparingLong((ParetoPoint p) -> p.costs().sramBytes())
                        .thenComparing(p -> -p.accuracy()).thenComparingInt(ParetoPoint::id))
                .map(ParetoPoint::id).toList();
    }
}
