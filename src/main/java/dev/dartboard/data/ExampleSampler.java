package dev.dartboard.data;

import dev.dartboard.model.LabelSet;
import dev.dartboard.model.Split;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws each split's examples: every clip of a target word; {@code _unknown_} clips drawn from the
 * other words of the same split; {@code _silence_} slices of the noise files at seeded offsets,
 * scaled by a gain uniform in [0, 1). Counts follow the shares of the {@link LabelSet}: with T target
 * clips a split holds T / (1 − s − u) examples, round(·s) silence and round(·u) unknown (fewer when
 * fewer unknown clips exist). Same inputs and seed → the same plan. Thread-safe (stateless).
 */
public final class ExampleSampler {
    private final long seed;

    public ExampleSampler(long seed) {
        this.seed = seed;
    }

    /**
     * @param noise       the background-noise files with their lengths (may be empty: silence is zeros)
     * @param clipSamples the length of one example, in samples at the config's rate
     */
    public ExamplePlan plan(Dataset dataset, LabelSet labels, List<NoiseFile> noise, int clipSamples) {
        Map<Split, List<Example>> splits = new EnumMap<>(Split.class);
        for (Split split : Split.values())
            splits.put(split, planSplit(dataset, labels, noise, clipSamples, split));
        return new ExamplePlan(labels, splits);
    }

    private List<Example> planSplit(Dataset dataset, LabelSet labels, List<NoiseFile> noise, int clipSamples, Split split) {
        Random rnd = new Random(seed * 31 + split.ordinal());
        List<Example> examples = new ArrayList<>();
        List<Source> unknown = new ArrayList<>();
        for (ClipRef c : dataset.clips()) {
            if (c.split() != split) continue;
            if (labels.targets().contains(c.word())) examples.add(new Example(Source.file(c.relPath()), labels.indexOfWord(c.word())));
            else unknown.add(Source.file(c.relPath()));
        }
        double total = examples.size() / (1 - labels.silenceShare() - labels.unknownShare());
        addUnknown(examples, unknown, (int) Math.round(total * labels.unknownShare()), rnd);
        addSilence(examples, noise, (int) Math.round(total * labels.silenceShare()), clipSamples, rnd);
        return examples;
    }

    private static void addUnknown(List<Example> out, List<Source> candidates, int count, Random rnd) {
        Collections.shuffle(candidates, rnd);
        for (Source s : candidates.subList(0, Math.min(count, candidates.size()))) out.add(new Example(s, 1));
    }

    private static void addSilence(List<Example> out, List<NoiseFile> noise, int count, int clipSamples, Random rnd) {
        for (int i = 0; i < count; i++) {
            if (noise.isEmpty()) {
                out.add(new Example(Source.slice("", 0, rnd.nextFloat()), 0));
                continue;
            }
            NoiseFile f = noise.get(rnd.nextInt(noise.size()));
            int offset = rnd.nextInt(Math.max(1, f.samples() - clipSamples + 1));
            out.add(new Example(Source.slice(f.relPath(), offset, rnd.nextFloat()), 0));
        }
    }
}
