package dev.dartboard.train;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DetectionTest {
    @Test
    void countsRejectionsAndFalseAcceptsFromTheUnknownRow() {
        Confusion c = new Confusion(List.of("_silence_", "_unknown_", "marvin", "sheila"));
        // 10 other words: 2 called silence, 5 unknown, 1 marvin, 2 sheila
        for (int i = 0; i < 2; i++) c.add(1, 0);
        for (int i = 0; i < 5; i++) c.add(1, 1);
        c.add(1, 2);
        for (int i = 0; i < 2; i++) c.add(1, 3);
        // marvin: 3 of 4 detected; sheila: 1 of 2 (the other called unknown)
        for (int i = 0; i < 3; i++) c.add(2, 2);
        c.add(2, 3);
        c.add(3, 3);
        c.add(3, 1);
        Detection d = Detection.of(c);
        assertEquals(10, d.otherWords());
        assertEquals(7, d.rejected());
        assertEquals(0.7, d.rejectedShare(), 1e-12);
        assertEquals(0.3, d.falseAcceptShare(), 1e-12);
        assertEquals(1, d.falseAccepts().get("marvin"));
        assertEquals(2, d.falseAccepts().get("sheila"));
        assertEquals(0.75, d.detected().get("marvin"), 1e-12);
        assertEquals(0.5, d.detected().get("sheila"), 1e-12);
        assertEquals(Double.NaN, Detection.of(new Confusion(List.of("_silence_", "_unknown_", "a"))).rejectedShare());
    }
}
