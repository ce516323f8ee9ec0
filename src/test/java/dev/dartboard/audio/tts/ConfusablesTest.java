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
    void negativesTakeEachTargetsConfusablesInTurnThenCommonWords() {
        Confusables small = new Confusables(List.of("apple", "dog", "door", "down", "river", "biscuit", "bit", "big"));
        // by hand, the first two confusables without vowel changes: dog → bog, gog (onset swaps); biscuit → discuit,
        // giscuit. Taken in turn with gog excluded: bog, discuit, giscuit; then the vocabulary's other words, shuffled
        List<String> n = small.negatives(List.of("dog", "biscuit"), List.of("gog"), 7, 2, 5);
        assertEquals(List.of("bog", "discuit", "giscuit"), n.subList(0, 3), "excluded words are skipped, targets alternate");
        assertEquals(7, n.size());
        assertEquals(n.size(), new java.util.HashSet<>(n).size(), "no repeats");
        assertFalse(n.contains("dog") || n.contains("biscuit") || n.contains("gog"));
        assertTrue(List.of("apple", "dog", "door", "down", "river", "biscuit", "bit", "big").containsAll(n.subList(3, 7)));
        assertEquals(n, small.negatives(List.of("dog", "biscuit"), List.of("gog"), 7, 2, 5), "deterministic for a seed");
        assertEquals(3 + 6, small.negatives(List.of("dog", "biscuit"), List.of("gog"), 100, 2, 5).size(),
                "the vocabulary runs out: 3 confusables + its 6 words that are not targets");
    }

    @Test
    void negativesNeverHoldAFirstVowelChangeOfATarget() {
        List<String> n = standard.negatives(List.of("marvin", "sheila"), List.of(), 60, 10, 1);
        for (String w : List.of("mervin", "mirvin", "morvin", "murvin", "shaila", "shiila", "shoila", "shuila"))
            assertFalse(n.contains(w), w + " in " + n);
        assertTrue(n.containsAll(List.of("barvin", "beila")), "onset swaps stay: " + n);
        assertEquals(List.of("mervin", "mirvin", "morvin", "murvin"), Confusables.vowelChanges("marvin"));
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
