package dev.dartboard.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LabelSetTest {
    @Test
    void silenceAndUnknownComeFirst() {
        LabelSet s = LabelSet.of(List.of("marvin", "sheila"));
        assertEquals(List.of("_silence_", "_unknown_", "marvin", "sheila"), s.labels());
        assertEquals(4, s.size());
        assertEquals(2, s.indexOfWord("marvin"));
        assertEquals(3, s.indexOfWord("sheila"));
        assertEquals(1, s.indexOfWord("bed"));
        assertEquals(1.0 / 12, s.silenceShare());
    }

    @Test
    void rejectsBadTargetsAndShares() {
        assertThrows(IllegalArgumentException.class, () -> LabelSet.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> LabelSet.of(List.of("yes", "yes")));
        assertThrows(IllegalArgumentException.class, () -> LabelSet.of(List.of("_silence_")));
        assertThrows(IllegalArgumentException.class, () -> new LabelSet(List.of("yes"), 0.5, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new LabelSet(List.of("yes"), -0.1, 0.1));
    }
}
