package dev.dartboard.sweep;

import java.io.Serializable;
import java.util.List;

/**
 * One point of a sweep's grid: everything a task needs to run its search (and optional training) on any
 * machine of the cluster, as the CLI would take it. Serializable (Spark ships it to the executors); paths are
 * absolute strings on the shared file system. Immutable.
 *
 * @param index      position in the grid, 0-based (the order of {@link Grid#points()})
 * @param id         the point's name and run folder name, {@code p000}, {@code p001}, …
 * @param data       data set folder
 * @param words      target words (empty: the data set's)
 * @param board      board id or profile file
 * @param sram       SRAM budget as the CLI takes it ({@code 24k}; null: the board's usable SRAM)
 * @param flash      flash budget ({@code 256k}; null: the board's usable flash)
 * @param latency    latency budget ({@code 200ms}; null: the search's default)
 * @param seed       search (and training) seed
 * @param space      search space: a preset name or a space file
 * @param frontEnd   front-end bounds (a {@code dataSpace} as JSON) replacing the space's front ends, or null
 * @param searchArgs further {@code search} options, CLI spelling ({@code --epochs 4 ...})
 * @param trainArgs  {@code train} options for training the chosen genotype into {@code RUN/train}; null: no training
 */
public record GridPoint(int index, String id, String data, List<String> words, String board, String sram, String flash,
                        String latency, long seed, String space, String frontEnd, List<String> searchArgs,
                        List<String> trainArgs) implements Serializable {
    public GridPoint {
        words = List.copyOf(words);
        searchArgs = List.copyOf(searchArgs);
        trainArgs = trainArgs == null ? null : List.copyOf(trainArgs);
    }

    /** The point's name for index {@code i}. */
    public static String idOf(int i) { return String.format("p%03d", i); }
}
