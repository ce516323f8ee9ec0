package dev.dartboard.data;

import dev.dartboard.model.LabelSet;
import dev.dartboard.model.Split;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The labelled examples of every split, as {@link ExampleSampler} drew them. Immutable. */
public record ExamplePlan(LabelSet labels, Map<Split, List<Example>> splits) {
    public ExamplePlan {
        Map<Split, List<Example>> copy = new EnumMap<>(Split.class);
        for (Split s : Split.values()) copy.put(s, List.copyOf(splits.getOrDefault(s, List.of())));
        splits = java.util.Collections.unmodifiableMap(copy);
    }

    /** The examples of one split, in a deterministic order (not shuffled). */
    public List<Example> of(Split split) { return splits.get(split); }

    /** Every distinct source of all splits, sorted by descriptor: the rows a feature cache holds. */
    public List<Source> sources() {
        TreeMap<String, Source> byDescriptor = new TreeMap<>();
        for (List<Example> list : splits.values())
            for (Example e : list) byDescriptor.put(e.source().descriptor(), e.source());
        return new ArrayList<>(byDescriptor.values());
    }
}
