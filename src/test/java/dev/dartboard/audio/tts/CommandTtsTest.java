package dev.dartboard.audio.tts;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.audio.PcmClip;
import dev.dartboard.audio.WavReader;
import dev.dartboard.audio.WavWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A plugged engine: a script that logs its arguments and writes a tone with sox (skipped without sox). */
class CommandTtsTest {
    @TempDir Path tmp;

    private Path engine() throws IOException {
        assumeTrue(Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, "sox"))),
                "sox is not installed (apt-get install sox)");
        Path script = tmp.resolve("fake-tts.sh");
        Files.writeString(script, "#!/bin/sh\n# args: voice rate wav text\necho \"$1|$2|$4\" >> \"" + tmp.resolve("calls.log")
                + "\"\nexec sox -n -r 22050 -c 1 -b 16 \"$3\" synth 0.4 sine 300\n");
        script.toFile().setExecutable(true);
        return script;
    }

    @Test
    void speaksEveryWordWithItsVoicesThroughTheTemplate() throws IOException {
        Path script = engine();
        CommandTts tts = new CommandTts("fake", script + " {voice} {rate} {wav} {text}", List.of("alto", "bass"), new WavReader());
        PcmClip c = tts.speak("marvin", new Voice("", "bass", 150, 50), 16000);
        assertEquals(16000, c.sampleRate());
        assertEquals(Math.round(0.4 * 16000), c.samples().length, 2, "sox's 0.4 s tone, resampled");
        assertEquals("bass|150|marvin", Files.readString(tmp.resolve("calls.log")).strip());

        Path out = tmp.resolve("set");
        SynthSpec spec = new SynthSpec(out, List.of("marvin"), List.of("bed"), 6, 2, 3, 16000, 1000, 1, SynthMix.standard());
        new DatasetSynthesizer(tts, new WavWriter(), VoiceCatalog.standard(), new NoiseGenerator(), 2).synthesize(spec, n -> { });
        try (Stream<Path> s = Files.list(out.resolve("marvin"))) { assertEquals(6, s.count()); }
        List<String> calls = Files.readAllLines(tmp.resolve("calls.log"));
        assertEquals(1 + 8, calls.size());
        assertTrue(calls.stream().anyMatch(l -> l.startsWith("alto|")) && calls.stream().anyMatch(l -> l.startsWith("bass|")),
                "both voices speak: " + calls);
        assertTrue(calls.stream().filter(l -> l.endsWith("|bed")).count() == 2);
        assertEquals("dartboard dataset synth (fake)", new ObjectMapper().readTree(out.resolve("dartboard.json").toFile()).get("generator").asText());
    }

    @Test
    void refusesTemplatesWithoutPlaceholdersMissingProgramsAndEspeakFamilies() throws IOException {
        assertThrows(IllegalArgumentException.class, () -> new CommandTts("x", "say {text}", List.of(), new WavReader()));
        TtsUnavailableException e = assertThrows(TtsUnavailableException.class,
                () -> new CommandTts("x", "no-such-tts-program -o {wav} {text}", List.of(), new WavReader()).requireInstalled());
        assertTrue(e.getMessage().contains("no-such-tts-program"), e.getMessage());
        Path script = engine();
        CommandTts tts = new CommandTts("fake", script + " {voice} {rate} {wav} {text}", List.of(), new WavReader());
        SynthSpec families = new SynthSpec(tmp.resolve("f"), List.of("yes"), List.of(), 2, 0, 1, 16000, 1000, 1, SynthMix.standard(),
                List.of(), List.of(), new VoicePlan(List.of(), List.of("klatt"), List.of()));
        IllegalArgumentException f = assertThrows(IllegalArgumentException.class, () -> new DatasetSynthesizer(tts, new WavWriter(),
                VoiceCatalog.standard(), new NoiseGenerator(), 1).synthesize(families, n -> { }));
        assertTrue(f.getMessage().contains("espeak-ng") && f.getMessage().contains("dataset add"), f.getMessage());
    }
}
