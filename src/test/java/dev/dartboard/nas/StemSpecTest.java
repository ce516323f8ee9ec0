package dev.dartboard.nas;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StemSpecTest {

    @Test
    void ninetyEightFramesOntoTwentyFiveUseAFiveTallKernel() {
        // (98 + 2·2 − 5) / 4 + 1 = 25 rows; 10 coefficients → (10 + 2 − 3) / 2 + 1 = 5 columns
        assertEquals(new StemSpec(98, 10, 5, 3, 4, 2, 2, 1), StemSpec.toGrid(98, 10, 25, 5));
    }

    @Test
    void everyInputRowAndColumnIsSeenByTheStem() {
        // The grids real spaces ask for: every front end onto half of the shortest one (49/50/98/99 frames → 25).
        for (int in : new int[]{49, 50, 98, 99}) assertEquals(25, StemSpec.toGrid(in, 10, 25, 5).outH());
        // Slide the windows by hand: window o covers [o·s − p, o·s − p + k); no input index may fall in a gap.
        for (int in = 20; in <= 160; in++) for (int out = 5; out <= (in + 1) / 2; out++) {
            StemSpec s;
            try {
                s = StemSpec.toGrid(in, 10, out, 5);
            } catch (IllegalArgumentException unreachable) {
                continue;   // e.g. 67 onto 28: no stride/kernel/pad lands there; the search refuses such spaces by name
            }
            assertEquals(out, s.outH(), in + " → " + out);
            boolean[] seen = new boolean[in];
            for (int o = 0; o < out; o++)
                for (int j = o * s.sH() - s.pH(); j < o * s.sH() - s.pH() + s.kH(); j++) if (j >= 0 && j < in) seen[j] = true;
            int firstMissed = -1;
            for (int j = in - 1; j >= 0; j--) if (!seen[j]) firstMissed = j;
            // rows past the last window can only be the stride's remainder at the end
            assertTrue(firstMissed < 0 || firstMissed >= (out - 1) * s.sH() - s.pH() + s.kH(),
                    in + " → " + out + ": row " + firstMissed + " skipped by " + s);
        }
    }
}
