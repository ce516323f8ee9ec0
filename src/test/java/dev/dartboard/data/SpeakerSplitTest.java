package dev.dartboard.data;

import dev.dartboard.model.Split;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Expected values from Python: (int(hashlib.sha1(name).hexdigest(), 16) % 2**27) * (100.0 / (2**27 - 1)). */
class SpeakerSplitTest {
    private final SpeakerSplit split = new SpeakerSplit();

    @Test
    void percentagesMatchPythonWhichSet() {
        assertEquals(19.911368339593473, SpeakerSplit.percentage("leo"), 1e-9);
        assertEquals(6.015495255704933, SpeakerSplit.percentage("hank"), 1e-9);
        assertEquals(56.836387193474074, SpeakerSplit.percentage("0a7c2a8d"), 1e-9);
        assertEquals(9.5557, SpeakerSplit.percentage("00000000"), 1e-4);
    }

    @Test
    void splitsMatchPythonWhichSet() {
        assertEquals(Split.VALIDATION, split.of("hank"));
        assertEquals(Split.VALIDATION, split.of("00000000"));
        assertEquals(Split.VALIDATION, split.of("9e3779b1"));
        assertEquals(Split.TEST, split.of("leo"));
        assertEquals(Split.TEST, split.of("be1e0823"));
        assertEquals(Split.TEST, split.of("c6ef3620"));
        assertEquals(Split.TRAIN, split.of("ivan"));
        assertEquals(Split.TRAIN, split.of("0a7c2a8d"));
        assertEquals(Split.TRAIN, split.of("3c6ef362"));
    }

    @Test
    void speakerIsThePrefixBeforeNohashElseTheStem() {
        assertEquals("0a7c2a8d", SpeakerSplit.speakerOf("0a7c2a8d_nohash_3.wav"));
        assertEquals("take_two", SpeakerSplit.speakerOf("take_two.wav"));
        assertEquals("noext", SpeakerSplit.speakerOf("noext"));
    }
}
