package dev.dartboard.audio.tts;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RandomVoicesTest {

    @Test
    void filesAreDrawnFromTheSeedAndEveryVoiceIsItsOwn() {
        List<String> names = VoiceFamily.RANDOM.variants();
        Map<String, String> a = RandomVoices.files(7, names);
        assertEquals(a, RandomVoices.files(7, names), "same seed, same voices");
        assertEquals(names, List.copyOf(a.keySet()));
        assertEquals(names.size(), new HashSet<>(a.values()).size(), "no two voices alike");
        Map<String, String> b = RandomVoices.files(8, names);
        for (String n : names) assertNotEquals(a.get(n), b.get(n), n + " differs with the seed");
    }

    /** The ranges the class contract states, read back from the files as espeak-ng would read them. */
    @Test
    void everyVoiceIsOnTheFormantSynthesizerWithinTheStatedRanges() {
        int female = 0;
        for (Map.Entry<String, String> f : RandomVoices.files(11, VoiceFamily.RANDOM.variants()).entrySet()) {
            String name = f.getKey();
            boolean isFemale = false;
            int formants = 0;
            for (String line : f.getValue().split("\n")) {
                String[] w = line.strip().split("\\s+");
                switch (w[0]) {
                    case "klatt" -> throw new AssertionError(name + " selects the Klatt synthesizer");
                    case "name" -> assertEquals(name, w[1]);
                    case "gender" -> isFemale = w[1].equals("female");
                    case "pitch" -> {
                        int base = Integer.parseInt(w[1]), top = Integer.parseInt(w[2]);
                        assertTrue(isFemale ? base >= 140 && base <= 240 : base >= 65 && base <= 135, line);
                        assertTrue(top > base && top <= Math.round(base * 1.7), line);
                    }
                    case "formant" -> {
                        formants++;
                        int freq = Integer.parseInt(w[2]);
                        assertTrue(freq >= Math.floor(84 * 0.94) && freq <= Math.ceil(120 * 1.06), line);
                        if (isFemale) assertTrue(freq >= Math.floor(102 * 0.94), "female tracts are short: " + line);
                    }
                    default -> { }
                }
            }
            assertEquals(9, formants, name + " sets formants 0..8");
            if (isFemale) female++;
        }
        assertTrue(female > 8 && female < 32, "both genders drawn: " + female + " of 40 female");
    }
}
