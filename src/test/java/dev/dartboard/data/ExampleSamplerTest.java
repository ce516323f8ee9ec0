package dev.dartboard.data;

import dev.dartboard.model.LabelSet;
import dev.dartboard.model.Split;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExampleSamplerTest {
    private static final int CLIP = 16000;
    private final List<NoiseFile> noise = List.of(new NoiseFile("_background_noise_/a.wav", 20000),
            new NoiseFile("_background_noise_/b.wav", 16000));

    /** train: 10 yes, 10 no, 3 cat, 2 dog; validation: 4 yes, 2 dog. */
    private static Dataset dataset() {
        List<ClipRef> clips = new ArrayList<>();
        add(clips, "yes", 10, Split.TRAIN);
        add(clips, "no", 10, Split.TRAIN);
        add(clips, "cat", 3, Split.TRAIN);
        add(clips, "dog", 2, Split.TRAIN);
        add(clips, "yes", 4, Split.VALIDATION);
        add(clips, "dog", 2, Split.VALIDATION);
        return new Dataset(Path.of("/data"), clips, List.of(), List.of());
    }

    private static void add(List<ClipRef> clips, String word, int n, Split split) {
        for (int i = 0; i < n; i++)
            clips.add(new ClipRef(word + "/" + split.jsonName() + i + ".wav", word, split.jsonName() + i, split));
    }

    private static long count(List<Example> ex, int label) {
        return ex.stream().filter(e -> e.label() == label).count();
    }

    @Test
    void countsFollowTheShares() {
        LabelSet labels = LabelSet.of(List.of("yes", "no"));
        ExamplePlan plan = new ExampleSampler(7).plan(dataset(), labels, noise, CLIP);
        List<Example> train = plan.of(Split.TRAIN);
        // 20 target clips → 20 / (10/12) = 24 examples: 2 silence, 2 unknown.
        assertEquals(List.of(2L, 2L, 10L, 10L), List.of(count(train, 0), count(train, 1), count(train, 2), count(train, 3)));
        // validation: 4 targets → 4.8 → round(0.4) = 0 silence and 0 unknown.
        assertEquals(4, plan.of(Split.VALIDATION).size());
        assertEquals(0, plan.of(Split.TEST).size());
    }

    @Test
    void unknownComesFromOtherWordsAndIsCappedByWhatExists() {
        LabelSet labels = new LabelSet(List.of("yes", "no"), 0.1, 0.5);
        List<Example> train = new ExampleSampler(7).plan(dataset(), labels, noise, CLIP).of(Split.TRAIN);
        // 20 / 0.4 = 50 → 25 unknown wanted, only 5 (cat, dog) exist; silence round(5) = 5.
        List<Example> unknown = train.stream().filter(e -> e.label() == 1).toList();
        assertEquals(5, unknown.size());
        assertTrue(unknown.stream().allMatch(e -> e.source().path().matches("(cat|dog)/train\\d\\.wav")));
        assertEquals(5, count(train, 0));
    }

    @Test
    void silenceSlicesStayInsideTheirNoiseFile() {
        LabelSet labels = new LabelSet(List.of("yes", "no"), 0.5, 0.1);
        List<Example> silence = new ExampleSampler(3).plan(dataset(), labels, noise, CLIP).of(Split.TRAIN)
                .stream().filter(e -> e.label() == 0).toList();
        assertEquals(25, silence.size()); // 20 / 0.4 = 50 · 0.5
        for (Example e : silence) {
            Source s = e.source();
            int max = s.path().endsWith("a.wav") ? 4000 : 0;
            assertTrue(s.offset() >= 0 && s.offset() <= max, s.descriptor());
            assertTrue(s.gain() >= 0 && s.gain() < 1, s.descriptor());
        }
        assertTrue(silence.stream().anyMatch(e -> e.source().path().endsWith("a.wav")));
        assertTrue(silence.stream().anyMatch(e -> e.source().path().endsWith("b.wav")));
    }

    @Test
    void deterministicForASeedAndDifferentAcrossSeeds() {
        LabelSet labels = new LabelSet(List.of("yes"), 0.2, 0.2);
        ExamplePlan a = new ExampleSampler(11).plan(dataset(), labels, noise, CLIP);
        ExamplePlan b = new ExampleSampler(11).plan(dataset(), labels, noise, CLIP);
        ExamplePlan c = new ExampleSampler(12).plan(dataset(), labels, noise, CLIP);
        assertEquals(a, b);
        assertNotEquals(a.of(Split.TRAIN), c.of(Split.TRAIN));
    }

    @Test
    void withoutNoiseFilesSilenceIsDigitalZeros() {
        List<Example> train = new ExampleSampler(1).plan(dataset(), LabelSet.of(List.of("yes", "no")), List.of(), CLIP)
                .of(Split.TRAIN);
        assertTrue(train.stream().filter(e -> e.label() == 0).allMatch(e -> e.source().path().isEmpty()));
    }
}
