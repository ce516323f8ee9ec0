package dev.dartboard.nas;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Channel selection and concat + shuffle against an explicit index computation. */
class PartialChannelsTest {

    @Test
    void shuffleIsTheTransposeOfTheGroupView() {
        // PyTorch channel_shuffle(groups=2) on 6 channels orders them 0,3,1,4,2,5: j lands at to[j].
        assertArrayEquals(new int[]{0, 2, 4, 1, 3, 5}, PartialChannels.shuffle(6, 2));
        assertArrayEquals(new int[]{0, 4, 1, 5, 2, 6, 3, 7}, PartialChannels.shuffle(8, 4));
    }

    @Test
    void selectThenMergeEqualsExplicitConcatAndShuffle() {
        int c = 8, k = 4;
        INDArray x = new WeightInit(5).normal(1, 2, 3, 2, c), y = new WeightInit(6).normal(1, 2, 3, 2, c / k);
        SameDiff sd = SameDiff.create();
        SDVariable xv = sd.constant("x", x);
        INDArray selected = PartialChannels.select(sd, "sel", xv, c, k).eval();
        INDArray merged = PartialChannels.merge(sd, "merge", xv, sd.constant("y", y), c, k).eval();
        int[] to = PartialChannels.shuffle(c, k);
        for (int b = 0; b < 2; b++) for (int h = 0; h < 3; h++) for (int w = 0; w < 2; w++)
            for (int j = 0; j < c; j++) {
                double concat = j < c / k ? y.getDouble(b, h, w, j) : x.getDouble(b, h, w, j);
                assertEquals(concat, merged.getDouble(b, h, w, to[j]), 1e-6);
                if (j < c / k) assertEquals(x.getDouble(b, h, w, j), selected.getDouble(b, h, w, j), 1e-6);
            }
    }
}
