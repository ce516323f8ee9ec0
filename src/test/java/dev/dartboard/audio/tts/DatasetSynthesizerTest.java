package dev.dartboard.audio.tts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.audio.PcmClip;
import dev.dartboard.audio.WavReader;
import dev.dartboard.audio.WavWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** End to end with the real espeak-ng (skipped, with the reason, where it is not installed). */
class DatasetSynthesizerTest {
    @TempDir Path tmp;

    @BeforeAll
    static void needsEspeak() {
        boolean ok;
        try {
            EspeakTts.onPath().requireInstalled();
            ok = true;
        } catch (IOException e) {
            ok = false;
        }
        assumeTrue(ok, "espeak-ng is not installed (apt-get install espeak-ng)");
    }

    private static DatasetSynthesizer synth(int threads) {
        return new DatasetSynthesizer(EspeakTts.onPath(), new WavWriter(), VoiceCatalog.standard(), new NoiseGenerator(), threads);
    }

    private SynthSpec spec(Path out) {
        return new SynthSpec(out, List.of("marvin", "Sheila"), List.of("bed"), 4, 2, 3, 16000, 1000, 2, SynthMix.standard());
    }

    @Test
    void writesTheGscLayoutAndTheManifest() throws IOException {
        DatasetSynthesizer.Report r = synth(2).synthesize(spec(tmp.resolve("set")), n -> { });
        Path set = tmp.resolve("set");
        assertEquals(4, wavs(set.resolve("marvin")).size());
        assertEquals(4, wavs(set.resolve("sheila")).size());
        assertEquals(2, wavs(set.resolve("bed")).size());
        assertEquals(NoiseGenerator.Kind.values().length, wavs(set.resolve("_background_noise_")).size());
        for (Path f : wavs(set.resolve("marvin"))) {
            assertTrue(f.getFileName().toString().matches("[0-9a-f]{8}_nohash_\\d+\\.wav"), f.toString());
            PcmClip c = new WavReader().read(f, 16000).clip();
            assertEquals(16000, c.samples().length);
            assertTrue(ClipComposer.rms(c.samples()) > 0.003, "clip has speech: " + f);
        }
        JsonNode m = new ObjectMapper().readTree(set.resolve("dartboard.json").toFile());
        assertEquals("marvin", m.get("targets").get(0).asText());
        assertEquals("sheila", m.get("targets").get(1).asText());
        assertEquals("bed", m.get("unknown").get(0).asText());
        assertEquals(10, r.clips().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void sameSeedGivesTheSameBytesWhateverTheThreadCount() throws IOException {
        synth(1).synthesize(spec(tmp.resolve("a")), n -> { });
        synth(3).synthesize(spec(tmp.resolve("b")), n -> { });
        List<Path> a = wavs(tmp.resolve("a").resolve("sheila"));
        List<Path> b = wavs(tmp.resolve("b").resolve("sheila"));
        assertEquals(a.stream().map(Path::getFileName).toList(), b.stream().map(Path::getFileName).toList());
        for (int i = 0; i < a.size(); i++) assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)));
    }

    /** Speaker id → accent, for every voice the catalog makes. */
    private static java.util.Map<String, String> accentOfSpeaker() {
        java.util.Map<String, String> accentOf = new java.util.HashMap<>();
        for (String a : VoiceCatalog.ACCENTS)
            for (String v : VoiceCatalog.VARIANTS) accentOf.put(new Voice(a, v, 150, 50).speakerId(), a);
        return accentOf;
    }

    @Test
    void validationAccentsFormTheValidationSplitApartFromTheTestAccents() throws IOException {
        Path out = tmp.resolve("validation-accents");
        SynthSpec spec = new SynthSpec(out, List.of("yes"), List.of(), 60, 0, 4, 16000, 1000, 1, SynthMix.standard(),
                List.of("en-029"), List.of("en-gb-scotland"));
        synth(2).synthesize(spec, n -> { });
        java.util.Map<String, String> accentOf = accentOfSpeaker();
        List<String> test = Files.readAllLines(out.resolve("testing_list.txt"));
        List<String> validation = Files.readAllLines(out.resolve("validation_list.txt"));
        int val = 0;
        for (Path f : wavs(out.resolve("yes"))) {
            String rel = "yes/" + f.getFileName();
            String accent = accentOf.get(f.getFileName().toString().substring(0, 8));
            assertEquals(accent.equals("en-029"), test.contains(rel), rel + " (" + accent + ")");
            assertEquals(accent.equals("en-gb-scotland"), validation.contains(rel), rel + " (" + accent + ")");
            if (validation.contains(rel)) val++;
        }
        assertTrue(val > 0 && val < 60, "some clips in validation: " + val);
        assertTrue(Files.readString(out.resolve("dartboard.json")).contains("validationAccents"));
        assertThrows(IllegalArgumentException.class, () -> new SynthSpec(out, List.of("yes"), List.of(), 1, 0, 4,
                16000, 1000, 1, SynthMix.standard(), List.of("en-029"), List.of("en-029")));
    }

    @Test
    void heldOutAccentsFormTheTestSplitAndNoVoiceCrossesSplits() throws IOException {
        Path out = tmp.resolve("holdout");
        SynthSpec spec = new SynthSpec(out, List.of("yes"), List.of(), 60, 0, 4, 16000, 1000, 1, SynthMix.standard(),
                List.of("en-029"));
        synth(2).synthesize(spec, n -> { });
        java.util.Map<String, String> accentOf = accentOfSpeaker();
        List<String> test = Files.readAllLines(out.resolve("testing_list.txt"));
        List<String> validation = Files.readAllLines(out.resolve("validation_list.txt"));
        int heldOut = 0;
        for (Path f : wavs(out.resolve("yes"))) {
            String rel = "yes/" + f.getFileName();
            String accent = accentOf.get(f.getFileName().toString().substring(0, 8));
            boolean isTest = test.contains(rel);
            assertEquals(accent.equals("en-029"), isTest, rel + " (" + accent + ")");
            assertTrue(!(isTest && validation.contains(rel)), rel + " in two splits");
            if (isTest) heldOut++;
        }
        assertTrue(heldOut > 0 && heldOut < 60, "some clips held out: " + heldOut);
        assertThrows(IllegalArgumentException.class, () -> new SynthSpec(out, List.of("yes"), List.of(), 1, 0, 4,
                16000, 1000, 1, SynthMix.standard(), List.of("en-mars")));
    }

    @Test
    void heldOutVoiceFamiliesFormTheTestAndValidationSplitsWhole() throws IOException {
        Path out = tmp.resolve("families");
        SynthSpec spec = new SynthSpec(out, List.of("yes"), List.of(), 80, 0, 4, 16000, 1000, 1, SynthMix.standard(),
                List.of(), List.of(), new VoicePlan(List.of(), List.of("klatt"), List.of("whisper")));
        synth(2).synthesize(spec, n -> { });
        // speaker id -> family, computed independently from every accent x family variant
        java.util.Map<String, String> familyOf = new java.util.HashMap<>();
        for (String a : VoiceCatalog.ACCENTS)
            for (VoiceFamily f : VoiceFamily.ALL)
                for (String v : f.variants()) familyOf.put(new Voice(a, v, 150, 50).speakerId(), f.name());
        List<String> test = Files.readAllLines(out.resolve("testing_list.txt"));
        List<String> validation = Files.readAllLines(out.resolve("validation_list.txt"));
        java.util.Set<String> trainFamilies = new java.util.HashSet<>();
        for (Path f : wavs(out.resolve("yes"))) {
            String rel = "yes/" + f.getFileName();
            String family = familyOf.get(f.getFileName().toString().substring(0, 8));
            assertEquals(family.equals("klatt"), test.contains(rel), rel + " (" + family + ")");
            assertEquals(family.equals("whisper"), validation.contains(rel), rel + " (" + family + ")");
            if (!test.contains(rel) && !validation.contains(rel)) trainFamilies.add(family);
        }
        assertTrue(trainFamilies.contains("community") && trainFamilies.contains("classic"), "training hears the other families: " + trainFamilies);
        assertTrue(Files.readString(out.resolve("dartboard.json")).contains("testVoiceFamilies"));
    }

    @Test
    void voicePlansRefuseOverlapsUnknownFamiliesAndHoldingOutEverything() {
        assertThrows(IllegalArgumentException.class, () -> new VoicePlan(List.of(), List.of("klatt"), List.of("klatt")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new VoicePlan(List.of("festive"), List.of(), List.of()));
        assertTrue(e.getMessage().contains("festive") && e.getMessage().contains("klatt-voices"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new VoicePlan(List.of("klatt", "whisper"), List.of("klatt"), List.of("whisper")));
        assertThrows(IllegalArgumentException.class, () -> new VoicePlan(List.of("classic"), List.of("klatt"), List.of()));
        assertEquals(VoiceFamily.names(VoiceFamily.INSTALLED), new VoicePlan(List.of(), List.of("KLATT"), List.of()).spoken());
    }

    @Test
    void everyFamilyVariantIsInstalledAndSpeaksDifferentlyFromThePlainVoice() throws IOException {
        java.util.Set<String> installed = EspeakTts.onPath().installedVariants();
        for (VoiceFamily f : VoiceFamily.INSTALLED)
            for (String v : f.variants()) assertTrue(v.isEmpty() || installed.contains(v), f.name() + ": " + v + " not installed");
        PcmClip plain = EspeakTts.onPath().speak("yes", new Voice("en-us", "", 150, 50), 16000);
        PcmClip klatt = EspeakTts.onPath().speak("yes", new Voice("en-us", "klatt4", 150, 50), 16000);
        assertTrue(!java.util.Arrays.equals(plain.samples(), klatt.samples()), "a family variant changes the voice");
    }

    @Test
    void aPrivateDataFolderSpeaksInstalledVariantsAsBeforeAndGeneratedOnesAsTheirFilesSay() throws IOException {
        Path installedData = EspeakTts.onPath().installedData();
        String m3 = Files.readString(installedData.resolve("voices").resolve("!v").resolve("m3"));
        java.util.Map<String, String> files = new java.util.LinkedHashMap<>(RandomVoices.files(5, List.of("random01", "random02")));
        files.put("copy-of-m3", m3);
        String f5 = Files.readString(installedData.resolve("voices").resolve("!v").resolve("f5"));
        files.put("f5", m3);   // a generated file named as an installed variant replaces it here only
        TtsEngine installed = EspeakTts.onPath();
        TtsEngine own = installed.withVariants(tmp, files);
        Voice m3Voice = new Voice("en-us", "m3", 150, 50);
        // reference: the installed engine itself; a copy of m3's file speaks exactly as m3, and m3 is unchanged
        float[] reference = installed.speak("yes", m3Voice, 16000).samples();
        assertArrayEquals(reference, own.speak("yes", m3Voice, 16000).samples());
        assertArrayEquals(reference, own.speak("yes", new Voice("en-us", "copy-of-m3", 150, 50), 16000).samples());
        // a variant espeak-ng does not find is spoken as the plain voice: generated ones must differ from it and each other
        float[] plain = installed.speak("yes", new Voice("en-us", "", 150, 50), 16000).samples();
        float[] r1 = own.speak("yes", new Voice("en-us", "random01", 150, 50), 16000).samples();
        float[] r2 = own.speak("yes", new Voice("en-us", "random02", 150, 50), 16000).samples();
        assertTrue(!java.util.Arrays.equals(plain, r1) && !java.util.Arrays.equals(plain, r2) && !java.util.Arrays.equals(r1, r2));
        assertTrue(own.installedVariants().containsAll(files.keySet()), "generated variants are listed");
        assertTrue(!installed.installedVariants().contains("random01"), "nothing was installed");
        assertArrayEquals(reference, own.speak("yes", new Voice("en-us", "f5", 150, 50), 16000).samples(), "f5 speaks as m3 here");
        assertEquals(f5, Files.readString(installedData.resolve("voices").resolve("!v").resolve("f5")), "the installed f5 is untouched");
    }

    @Test
    void theRandomFamilyIsHeldOutWholeAndItsPrivateFolderIsRemoved() throws IOException {
        Path out = tmp.resolve("random");
        SynthSpec spec = new SynthSpec(out, List.of("yes"), List.of(), 30, 0, 4, 16000, 1000, 1, SynthMix.standard(),
                List.of(), List.of(), new VoicePlan(List.of("classic", "random"), List.of("random"), List.of()));
        long before = leftoverVoiceFolders();
        synth(2).synthesize(spec, n -> { });
        java.util.Set<String> randomSpeakers = new java.util.HashSet<>();
        for (String a : VoiceCatalog.ACCENTS)
            for (String v : VoiceFamily.RANDOM.variants()) randomSpeakers.add(new Voice(a, v, 150, 50).speakerId());
        List<String> test = Files.readAllLines(out.resolve("testing_list.txt"));
        int random = 0;
        for (Path f : wavs(out.resolve("yes"))) {
            boolean isRandom = randomSpeakers.contains(f.getFileName().toString().substring(0, 8));
            if (isRandom) random++;
            assertEquals(isRandom, test.contains("yes/" + f.getFileName()), f.toString());
        }
        assertTrue(random > 0 && random < 30, "both families spoke: " + random + " of 30 random");
        assertEquals(before, leftoverVoiceFolders(), "the private espeak-ng data folder is deleted");
    }

    private static long leftoverVoiceFolders() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("dartboard-voices-")).count();
        }
    }

    @Test
    void refusesANonEmptyOutputFolder() throws IOException {
        Path out = tmp.resolve("busy");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "user data");
        IOException e = assertThrows(IOException.class, () -> synth(1).synthesize(spec(out), n -> { }));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals("user data", Files.readString(out.resolve("keep.txt")));
    }

    private static List<Path> wavs(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".wav")).sorted().toList();
        }
    }
}
