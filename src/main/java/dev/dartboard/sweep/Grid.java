package dev.dartboard.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * A sweep's grid as read from its file ({@link GridFile}): the axes whose product is the sweep's points, and
 * the options every point shares. Immutable.
 *
 * @param data       data set folder (absolute)
 * @param words      target words (empty: the data set's)
 * @param boards     board ids or profile files
 * @param budgets    budgets, each as the CLI takes it
 * @param seeds      seeds
 * @param spaces     search spaces: preset names or space files (absolute)
 * @param frontEnds  front-end bounds ({@code dataSpace} JSON) each replacing the space's front ends; a null entry keeps the space's
 * @param searchArgs further search options, CLI spelling
 * @param trainArgs  train options, CLI spelling; null: no training
 */
public record Grid(String data, List<String> words, List<String> boards, List<Budget> budgets, List<Long> seeds,
                   List<String> spaces, List<String> frontEnds, List<String> searchArgs, List<String> trainArgs) {
    public Grid {
        words = List.copyOf(words);
        boards = List.copyOf(boards);
        budgets = List.copyOf(budgets);
        seeds = List.copyOf(seeds);
        spaces = List.copyOf(spaces);
        frontEnds = java.util.Collections.unmodifiableList(new ArrayList<>(frontEnds));
        searchArgs = List.copyOf(searchArgs);
        trainArgs = trainArgs == null ? null : List.copyOf(trainArgs);
    }

    /** One budget, each field as the CLI spells it ({@code 24k}, {@code 200ms}); null: the search's default. */
    public record Budget(String sram, String flash, String latency) {}

    /** The product of the axes, boards outermost, then budgets, seeds, spaces, front ends; ids p000, p001, … in that order. */
    public List<GridPoint> points() {
        List<GridPoint> out = new ArrayList<>();
        for (String b : boards) for (Budget u : budgets) for (long s : seeds) for (String sp : spaces) for (String fe : frontEnds) {
            int i = out.size();
            out.add(new GridPoint(i, GridPoint.idOf(i), data, words, b, u.sram(), u.flash(), u.latency(), s, sp, fe, searchArgs, trainArgs));
        }
        return out;
    }
}
