package dev.dartboard.audio.tts;

import dev.dartboard.audio.WavReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EspeakTtsTest {

    @Test
    void missingEspeakSaysHowToInstallIt() {
        EspeakTts missing = new EspeakTts("espeak-ng-not-here-" + System.nanoTime(), new WavReader());
        TtsUnavailableException e = assertThrows(TtsUnavailableException.class, missing::requireInstalled);
        assertTrue(e.getMessage().contains("apt-get install espeak-ng"), e.getMessage());
        IOException speak = assertThrows(IOException.class,
                () -> missing.speak("yes", new Voice("en-us", "m1", 150, 50), 16000));
        assertTrue(speak.getMessage().contains("espeak-ng is not installed"), speak.getMessage());
    }
}
