package dev.dartboard.train;

import dev.dartboard.data.Example;
import dev.dartboard.data.PreparedData;
import dev.dartboard.model.Split;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ranking's training subset of samples/: class shares kept, other splits untouched, seeded, in split order. */
class TrainSubsetTest {
    @Test
    void capKeepsEachClassShareAndTheOtherSplits() {
        PreparedData all = SamplesData.get();
        List<Example> train = all.plan().of(Split.TRAIN);
        int max = train.size() / 2;
        PreparedData half = TrainSubset.cap(all, max, 4);
        List<Example> kept = half.plan().of(Split.TRAIN);
        Map<Integer, Long> before = train.stream().collect(Collectors.groupingBy(Example::label, Collectors.counting()));
        Map<Integer, Long> after = kept.stream().collect(Collectors.groupingBy(Example::label, Collectors.counting()));
        assertEquals(before.keySet(), after.keySet(), "every class keeps examples");
        for (int label : before.keySet())
            assertEquals(Math.max(1, Math.round((double) max * before.get(label) / train.size())), after.get(label), "class " + label);
        assertTrue(Math.abs(kept.size() - max) <= before.size(), kept.size() + " vs " + max);
        assertEquals(train.stream().filter(kept::contains).toList(), kept, "split order kept");
        assertEquals(all.plan().of(Split.VALIDATION), half.plan().of(Split.VALIDATION));
        assertEquals(all.plan().of(Split.TEST), half.plan().of(Split.TEST));
        assertEquals(kept, TrainSubset.cap(all, max, 4).plan().of(Split.TRAIN), "same seed, same subset");
        assertTrue(!kept.equals(TrainSubset.cap(all, max, 5).plan().of(Split.TRAIN)), "another seed, another subset");
        assertSame(all, TrainSubset.cap(all, train.size(), 4), "no cap needed");
        assertSame(all, TrainSubset.cap(all, 0, 4), "0: all");
    }
}
