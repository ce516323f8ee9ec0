package dev.dartboard.audio.tts;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VoiceCatalogTest {

    @Test
    void samplesAreReproducibleAndWithinRanges() {
        VoiceCatalog c = new VoiceCatalog(130, 140, 40, 45);
        List<Voice> a = c.sample(50, new Random(9));
        assertEquals(a, c.sample(50, new Random(9)));
        for (Voice v : a) {
            assertTrue(v.wpm() >= 130 && v.wpm() <= 140, v.toString());
            assertTrue(v.pitch() >= 40 && v.pitch() <= 45, v.toString());
        }
    }

    @Test
    void cyclesThroughEverySpeakerBeforeRepeating() {
        VoiceCatalog c = VoiceCatalog.standard();
        List<Voice> vs = c.sample(c.speakers(), new Random(1));
        assertEquals(VoiceCatalog.ACCENTS.size() * VoiceCatalog.VARIANTS.size(),
                new HashSet<>(vs.stream().map(Voice::espeakVoice).toList()).size());
    }

    @Test
    void speakerIdIgnoresRateAndPitch() {
        assertEquals(new Voice("en-us", "m3", 120, 20).speakerId(), new Voice("en-us", "m3", 200, 70).speakerId());
        assertEquals("en-us+m3", new Voice("en-us", "m3", 120, 20).espeakVoice());
        assertEquals("en-gb", new Voice("en-gb", "", 120, 20).espeakVoice());
    }

    @Test
    void refusesImpossibleRanges() {
        assertThrows(IllegalArgumentException.class, () -> new VoiceCatalog(50, 100, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new VoiceCatalog(100, 200, 50, 20));
    }
}
