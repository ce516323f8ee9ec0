package dev.dartboard.train;

import dev.dartboard.data.Example;
import dev.dartboard.data.ExamplePlan;
import dev.dartboard.data.PreparedData;
import dev.dartboard.model.Split;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A seeded, class-stratified subset of a prepared data set's TRAIN split (the other splits unchanged), for
 * proxy trainings such as candidate ranking, whose cost should not grow with the data set. Each class keeps
 * its share of {@code max} (rounded, at least one example), drawn by a seeded shuffle; the subset keeps the
 * split's order. Stateless.
 */
public final class TrainSubset {
    private TrainSubset() {}

    /** {@code data} itself when {@code max ≤ 0} or its TRAIN split has at most {@code max} examples. */
    public static PreparedData cap(PreparedData data, int max, long seed) {
        List<Example> train = data.plan().of(Split.TRAIN);
        if (max <= 0 || train.size() <= max) return data;
        Map<Integer, List<Example>> byLabel = new TreeMap<>();
        for (Example e : train) byLabel.computeIfAbsent(e.label(), k -> new ArrayList<>()).add(e);
        Set<Example> kept = new HashSet<>();
        for (Map.Entry<Integer, List<Example>> c : byLabel.entrySet()) {
            List<Example> shuffled = new ArrayList<>(c.getValue());
            java.util.Collections.shuffle(shuffled, new Random(seed * 31 + c.getKey()));
            int share = Math.max(1, (int) Math.round((double) max * shuffled.size() / train.size()));
            kept.addAll(shuffled.subList(0, Math.min(share, shuffled.size())));
        }
        Map<Split, List<Example>> splits = new EnumMap<>(data.plan().splits());
        splits.put(Split.TRAIN, train.stream().filter(kept::contains).toList());
        return new PreparedData(data.dataset(), new ExamplePlan(data.plan().labels(), splits), data.table());
    }
}
