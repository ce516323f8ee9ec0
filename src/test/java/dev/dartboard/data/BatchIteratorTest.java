package dev.dartboard.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class BatchIteratorTest {
    @TempDir Path root;
    @TempDir Path cacheDir;
    private FeatureTable table;
    private final List<Example> examples = new ArrayList<>();

    /** 10 clips c0..c9; every feature of clip i equals i (fake samples are constant i); label = i % 3. */
    @BeforeEach
    void table() throws IOException {
        for (int i = 0; i < 10; i++) {
            TestWavs.touch(root.resolve("w/c" + i + ".wav"));
            examples.add(new Example(Source.file("w/c" + i + ".wav"), i % 3));
        }
        SampleSource samples = s -> {
            float[] x = new float[1600];
            Arrays.fill(x, Integer.parseInt(s.path().replaceAll("\\D", "")));
            return x;
        };
        table = new FeatureCache(cacheDir, new ObjectMapper(), 1).load(root, FakeFeatures.CONFIG,
                examples.stream().map(Example::source).toList(), samples, FakeFeatures::new);
    }

    private List<Batch> epoch(BatchOptions o, int epoch) {
        List<Batch> batches = new ArrayList<>();
        BatchIterator it = BatchIterator.of(table, examples, 3, o, epoch);
        while (it.hasNext()) batches.add(it.next());
        return batches;
    }

    /** The clip numbers of a batch, read back from the feature values (independent of Batch.rows). */
    private static List<Integer> clipsOf(Batch b) {
        List<Integer> clips = new ArrayList<>();
        for (int i = 0; i < b.size(); i++) clips.add((int) b.features().getFloat(i, 7, 9, 0));
        return clips;
    }

    @Test
    void nhwcOneHotEpochHoldsEveryClipOnce() {
        List<Batch> batches = epoch(BatchOptions.of(4, 5), 0);
        assertEquals(List.of(4, 4, 2), batches.stream().map(Batch::size).toList());
        assertArrayEquals(new long[] {4, 8, 10, 1}, batches.get(0).features().shape());
        assertArrayEquals(new long[] {2, 8, 10, 1}, batches.get(2).features().shape());
        List<Integer> seen = new ArrayList<>();
        for (Batch b : batches) {
            assertArrayEquals(new long[] {b.size(), 3}, b.labels().shape());
            List<Integer> clips = clipsOf(b);
            for (int i = 0; i < b.size(); i++) {
                assertEquals(1.0, b.labels().getDouble(i, clips.get(i) % 3));
                assertEquals(1.0, b.labels().getRow(i).sumNumber().doubleValue());
            }
            seen.addAll(clips);
        }
        assertNotEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), seen, "shuffled");
        seen.sort(null);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), seen);
    }

    @Test
    void sequenceLayoutIndexLabelsAndDropLast() {
        BatchOptions o = new BatchOptions(4, BatchOptions.Layout.SEQUENCE, BatchOptions.Labels.INDEX, true, 5);
        List<Batch> batches = epoch(o, 0);
        assertEquals(2, batches.size());
        Batch b = batches.get(0);
        assertArrayEquals(new long[] {4, 8, 10}, b.features().shape());
        assertEquals(DataType.INT, b.labels().dataType());
        List<Integer> clips = new ArrayList<>();
        for (Batch x : batches) {
            for (int i = 0; i < x.size(); i++) {
                int clip = (int) x.features().getFloat(i, 0, 0);
                assertEquals(clip % 3, x.labels().getInt(i));
                clips.add(clip);
            }
        }
        assertEquals(8, clips.stream().distinct().count());
    }

    @Test
    void orderDependsOnSeedAndEpochOnly() {
        List<Integer> a = epoch(BatchOptions.of(10, 5), 0).stream().flatMap(b -> clipsOf(b).stream()).toList();
        List<Integer> again = epoch(BatchOptions.of(10, 5), 0).stream().flatMap(b -> clipsOf(b).stream()).toList();
        List<Integer> next = epoch(BatchOptions.of(10, 5), 1).stream().flatMap(b -> clipsOf(b).stream()).toList();
        assertEquals(a, again);
        assertNotEquals(a, next);
    }

    @Test
    void rejectedRowsAreSkippedAndRowsTraceBack() {
        examples.add(new Example(Source.file("w/missing-from-table.wav"), 0));
        List<Batch> batches = epoch(BatchOptions.of(32, 1), 0);
        assertEquals(1, batches.size());
        Batch b = batches.get(0);
        assertEquals(10, b.size());
        for (int i = 0; i < b.size(); i++)
            assertEquals(table.rowOf(Source.file("w/c" + clipsOf(b).get(i) + ".wav")), b.rows()[i]);
        assertFalse(BatchIterator.of(table, List.of(), 3, BatchOptions.of(4, 1), 0).hasNext());
    }
}
