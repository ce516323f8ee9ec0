package dev.dartboard.audio.tts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ConfusablesTest {
    private final Confusables standard = Confusables.standard();

    @Test
    void biscuitGetsNearMissesThenRealWordsSharingItsEnds() {
        // near misses by hand: onset b → d, g, k; first vowel i → a, e; front half "bisc".
        // real words: bit (prefix "bi" + suffix "it" = 4), fruit ("uit" = 3), then 2s alphabetically: big, bird, rabbit, …
        assertEquals(List.of("discuit", "giscuit", "kiscuit", "bascuit", "bescuit", "bit", "fruit", "big", "bird", "rabbit"),
                standard.of("biscuit", 10));
    }

    @Test
    void shortWordsGetNoFrontHalfAndNeverThemselves() {
        assertEquals(List.of("bog", "gog", "kog", "doctor", "door", "down"), standard.of("dog", 6));
        assertFalse(standard.of("dog", 40).contains("dog"));
        assertEquals(List.of("bog", "gog", "kog", "dag", "deg"), Confusables.nearMisses("dog"));
    }

    @Test
    void scoreCountsSharedEndsFromTwoLetters() {
        assertEquals(4, Confusables.score("biscuit", "bit"));
        assertEquals(3, Confusables.score("biscuit", "fruit"));
        assertEquals(0, Confusables.score("biscuit", "boat"), "one shared letter at each end counts nothing");
    }

    @Test
    void isDeterministicAndFillsWithNearMissesWhenRealWordsRunOut() {
        Confusables tiny = new Confusables(List.of("zebra"));
        assertEquals(List.of("bog", "gog", "kog", "dag", "deg"), tiny.of("dog", 8));
        assertEquals(standard.of("marvin", 12), Confusables.standard().of("marvin", 12));
        assertEquals(12, standard.of("marvin", 12).size());
    }
}
