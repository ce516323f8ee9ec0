package dev.dartboard.ui.wizard;

import dev.dartboard.audio.FakeAudioSource;
import dev.dartboard.audio.LevelMeter;
import dev.dartboard.audio.PcmClip;
import dev.dartboard.audio.SilenceTrimmer;
import dev.dartboard.audio.WavReader;
import dev.dartboard.audio.WavWriter;
import dev.dartboard.audio.tts.Confusables;
import dev.dartboard.audio.tts.DatasetSynthesizer;
import dev.dartboard.audio.tts.EspeakTts;
import dev.dartboard.audio.tts.SynthSpec;
import dev.dartboard.data.DatasetScanner;
import dev.dartboard.data.SpeakerSplit;
import dev.dartboard.ui.project.BudgetSettings;
import dev.dartboard.task.DirectTaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;
import dev.dartboard.ui.record.RecordPlan;
import dev.dartboard.ui.record.RecordViewModel;
import dev.dartboard.ui.record.RecordViewModelTestAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import static org.junit.jupiter.api.Assertions.*;

/** The wizard's ViewModels without JavaFX nodes: a fake synthesizer that writes a tiny GSC-layout set. */
class WizardViewModelTest {
    @TempDir Path dir;
    private final Workspace workspace = new Workspace();
    private final StatusModel status = new StatusModel();
    private final DirectTaskExecutor executor = new DirectTaskExecutor();
    private final TakeFiles files = new TakeFiles(new WavReader());
    private DatasetSynth synth = new FakeSynth(null);
    private int searches;
    private WizardViewModel vm;

    @BeforeEach
    void build() {
        LevelMeter meter = new LevelMeter();
        Workspace takesSpace = new Workspace();
        RecordViewModel recorder = new RecordViewModel(takesSpace, () -> new FakeAudioSource(RecordViewModelTestAccess.spokenWord(), 1600, meter),
                meter, new SilenceTrimmer(-45, 20, 100, meter), new WavWriter(), executor, new RecordPlan(0, 1500, 500), () -> { });
        SynthesisModel synthesis = new SynthesisModel(new DatasetSynth() {
            @Override public void requireInstalled() throws IOException { synth.requireInstalled(); }
            @Override public DatasetSynthesizer.Report synthesize(SynthSpec s, IntConsumer p) throws IOException { return synth.synthesize(s, p); }
        }, Confusables.standard(), files, executor, status);
        AugmentModel augment = new AugmentModel(new WavReader(), files, clip -> { }, executor, status);
        vm = new WizardViewModel(workspace, takesSpace, recorder, synthesis, augment, files, new DatasetScanner(new SpeakerSplit()), executor, status,
                () -> searches++);
    }

    @Test
    void namesAreOneSpeakableLowerCaseWord() {
        assertEquals("", KeywordName.problem("biscuit"));
        assertEquals("", KeywordName.problem("  Biscuit "), "stripped and lower-cased");
        assertEquals("biscuit", KeywordName.normalize("  Biscuit "));
        assertEquals("", KeywordName.problem("hey-dart"));
        assertTrue(KeywordName.problem("").startsWith("Type the keyword"));
        assertTrue(KeywordName.problem("hey dart").startsWith("One word"));
        assertTrue(KeywordName.problem("r2d2").startsWith("Use letters a–z only"));
        assertTrue(KeywordName.problem("_unknown_").startsWith("Use letters a–z only"));
        assertTrue(KeywordName.problem("hey--dart").startsWith("Use letters a–z only"));
        assertTrue(KeywordName.problem("b").startsWith("Too short"));
        assertTrue(KeywordName.problem("supercalifragilistic").isEmpty(), "20 letters is the limit");
        assertTrue(KeywordName.problem("supercalifragilistics").startsWith("Too long"));
    }

    @Test
    void nextNeedsAValidNameAndAFolder() {
        assertFalse(vm.canNextProperty().get());
        vm.nameProperty().set("b");
        vm.folderProperty().set(dir.toString());
        assertFalse(vm.canNextProperty().get());
        vm.next();
        assertEquals(WizardStep.NAME, vm.stepProperty().get());
        vm.nameProperty().set("Biscuit");
        assertTrue(vm.canNextProperty().get());
        vm.next();
        assertEquals(WizardStep.RECORD, vm.stepProperty().get());
        assertEquals("biscuit", vm.recorder().wordProperty().get());
        vm.back();
        assertEquals(WizardStep.NAME, vm.stepProperty().get());
    }

    @Test
    void walksFromNameToSearchWithAnImportedTake() throws IOException {
        toRecordStep();
        Path wav = dir.resolve("mine.wav");
        new WavWriter().write(wav, RecordViewModelTestAccess.spokenWord());
        vm.importTakes(List.of(wav));
        // the tone spans samples 8000..14400: 20 ms frames 25..45, widened by the trimmer's 100 ms each side = 600 ms
        assertEquals(List.of("Take 1 — 600 ms — from mine.wav"), vm.recorder().takes().stream().map(Object::toString).toList(),
                "listed as a recorded take is, with its length and file");
        assertEquals(0, vm.takesProperty().get(), "listed, not yet saved");
        vm.next();
        assertTrue(vm.recorder().takes().isEmpty(), "moving on saved the kept take");
        assertEquals(1, vm.takesProperty().get());
        Path saved = dir.resolve("biscuit-takes/biscuit/studio_nohash_0.wav");
        assertEquals(9600, new WavReader().read(saved, 16000).clip().samples().length);
        assertEquals(WizardStep.SYNTHESIZE, vm.stepProperty().get());
        List<String> suggested = List.of(vm.synthesis().negativesProperty().get().split(", "));
        assertEquals(150, suggested.size(), "an unknown class of many words, as dataset synth --negatives 150: " + suggested);
        assertEquals(Confusables.standard().negatives(List.of("biscuit"), List.of(), 10, 10, 1), suggested.subList(0, 10),
                "first the name's confusables");
        assertTrue(suggested.stream().noneMatch(w -> w.equals("biscuit") || w.equals("bascuit") || w.equals("bescuit")),
                "neither the name nor its first-vowel changes: " + suggested);
        assertEquals("", vm.synthesis().ttsProblemProperty().get());
        assertFalse(vm.canNextProperty().get(), "nothing generated yet");
        vm.synthesis().perWordProperty().set(3);
        vm.synthesis().perUnknownProperty().set(1);
        vm.generate();
        Path data = dir.resolve("biscuit-data");
        assertEquals(data, vm.synthesis().datasetProperty().get());
        FakeSynth fake = (FakeSynth) synth;
        assertEquals(List.of("biscuit"), fake.spec.words());
        assertEquals(vm.synthesis().negativeWords(), fake.spec.unknown());
        assertEquals(List.of("00000000_nohash_0.wav", "00000000_nohash_1.wav", "00000000_nohash_2.wav", "studio_nohash_0.wav"),
                files.list(data.resolve("biscuit")).stream().map(p -> p.getFileName().toString()).toList());
        assertTrue(vm.canNextProperty().get());

        vm.next();
        AugmentModel a = vm.augment();
        assertEquals("studio_nohash_0.wav", a.clips().get(0).getFileName().toString(), "the user's takes come first");
        PcmClip original = a.originalProperty().get(), first = a.augmentedProperty().get();
        assertEquals(9600, original.samples().length, "the imported take, trimmed, is what the set holds");
        assertFalse(java.util.Arrays.equals(original.samples(), first.samples()), "the preview changes the clip");
        assertTrue(a.drawTextProperty().get().startsWith("draw 1: speed "), a.drawTextProperty().get());
        a.next();
        assertTrue(a.drawTextProperty().get().startsWith("draw 2: "));

        vm.next();
        assertEquals(WizardStep.SEARCH, vm.stepProperty().get());
        vm.goToSearch();
        var p = workspace.project();
        assertEquals(data.toString(), p.dataFolder());
        assertEquals(List.of("biscuit"), p.targetWords());
        assertEquals(1, searches);
    }

    @Test
    void aFileThatIsNotAWavIsNamedAndTheOthersAreStillImported() throws IOException {
        toRecordStep();
        Path bad = Files.writeString(dir.resolve("notes.wav"), "not audio");
        Path good = dir.resolve("mine.wav");
        new WavWriter().write(good, RecordViewModelTestAccess.spokenWord());
        vm.importTakes(List.of(bad, good));
        assertEquals(List.of("Take 1 — 600 ms — from mine.wav"), vm.recorder().takes().stream().map(Object::toString).toList());
        String message = vm.recorder().messageProperty().get();
        assertTrue(message.startsWith("Imported 1 take: keep or discard each, then save. Not imported: ")
                && message.contains("notes.wav: not a RIFF/WAVE file"), message);
    }

    @Test
    void theHandOffKeepsTheProjectsBudgetsAndShowsThem() {
        BudgetSettings mine = new BudgetSettings("nano33ble", 100 * 1024, 500 * 1024, 120.5);
        workspace.update(p -> p.withBudget(mine));
        assertEquals("SRAM 100.0 KB, flash 500.0 KB, latency 120.5 ms on nano33ble", vm.budgetsProperty().get());
        toRecordStep();
        vm.next();
        vm.generate();
        vm.next();
        vm.next();
        vm.goToSearch();
        assertEquals(1, searches);
        assertEquals(dir.resolve("biscuit-data").toString(), workspace.project().dataFolder());
        assertEquals(mine, workspace.project().budget(), "the user's budgets are kept, not replaced by the wizard's");
        workspace.update(p -> p.withBudget(mine.withLimits(64 * 1024, 256 * 1024, 300)));
        assertEquals("SRAM 64.0 KB, flash 256.0 KB, latency 300 ms on nano33ble", vm.budgetsProperty().get(), "follows the project");
    }

    @Test
    void tooFewValidationOrTestClipsOfAClassGetAWarningThatSaysWhatToDo() {
        toRecordStep();
        vm.next();
        synth = new FakeSynth(null, new int[]{2, 1}, new int[]{5, 6});   // keyword: 2 validation, 1 test; negatives: 5, 6
        vm.synthesis().perWordProperty().set(12);
        vm.synthesis().perUnknownProperty().set(4);
        vm.generate();
        String w = vm.splitWarningProperty().get();
        assertTrue(w.startsWith("Too few clips to measure accuracy on: 'biscuit' has 2 clips in validation and 1 clip in test. "
                + "Below 5 clips of a class in a split"), w);
        assertFalse(w.contains("negative words have"), "the negatives have enough: " + w);
        assertTrue(w.contains("Generate again with more voices of the keyword") && w.contains("import more takes"), w);
        assertFalse(w.contains("per negative"), "nothing to do for the negatives: " + w);

        synth = new FakeSynth(null, new int[]{5, 5}, new int[]{4, 0});
        vm.generate();
        assertTrue(vm.splitWarningProperty().get().startsWith("Too few clips to measure accuracy on: the negative words have "
                + "4 clips in validation and 0 clips in test."), vm.splitWarningProperty().get());
        assertTrue(vm.splitWarningProperty().get().contains("more voices per negative or more negative words"));
        assertFalse(vm.splitWarningProperty().get().contains("of the keyword"), vm.splitWarningProperty().get());

        synth = new FakeSynth(null, new int[]{5, 7}, new int[]{5, 5});
        vm.generate();
        assertEquals(dir.resolve("biscuit-data-3"), vm.synthesis().datasetProperty().get());
        assertEquals("", vm.splitWarningProperty().get(), "5 of each is enough");
        synth = new FakeSynth(() -> vm.synthesis().cancel());
        vm.generate();
        assertEquals("", vm.splitWarningProperty().get(), "no set, no warning");
    }

    @Test
    void generatingAgainUsesAFreshFolderAndCancellingRemovesIt() throws IOException {
        toRecordStep();
        vm.next();
        vm.generate();
        assertEquals(dir.resolve("biscuit-data"), vm.synthesis().datasetProperty().get());
        synth = new FakeSynth(() -> vm.synthesis().cancel());
        vm.generate();
        assertNull(vm.synthesis().datasetProperty().get());
        assertFalse(Files.exists(dir.resolve("biscuit-data-2")), "the cancelled run's folder is removed");
        assertTrue(Files.exists(dir.resolve("biscuit-data")), "the earlier set stays");
        assertEquals("Generate: cancelled", status.messageProperty().get());
        assertFalse(vm.canNextProperty().get());
    }

    @Test
    void aMissingEspeakSaysHowToInstallIt() {
        EspeakTts missing = new EspeakTts("/nonexistent/espeak-ng", new WavReader());
        synth = new DatasetSynth() {
            @Override public void requireInstalled() throws IOException { missing.requireInstalled(); }
            @Override public DatasetSynthesizer.Report synthesize(SynthSpec s, IntConsumer p) { throw new AssertionError("not installed"); }
        };
        toRecordStep();
        vm.next();
        assertTrue(vm.synthesis().ttsProblemProperty().get().startsWith("espeak-ng is not installed: install it with 'sudo apt-get install espeak-ng'"),
                vm.synthesis().ttsProblemProperty().get());
    }

    private void toRecordStep() {
        vm.nameProperty().set("biscuit");
        vm.folderProperty().set(dir.toString());
        vm.next();
    }

    /**
     * Writes spec.perWord() clips of the keyword (speaker 00000000), spec.perUnknown() of each negative (speaker
     * 11111111) and one background file; with splits, GSC list files put the first {@code keyword[0]} keyword clips in
     * validation and the next {@code keyword[1]} in test, and the same over all negative clips with {@code negatives}.
     * {@code during} runs after the first clip.
     */
    private static final class FakeSynth implements DatasetSynth {
        private final Runnable during;
        private final int[] keyword, negatives;
        SynthSpec spec;

        FakeSynth(Runnable during) { this(during, null, null); }

        FakeSynth(Runnable during, int[] keyword, int[] negatives) {
            this.during = during;
            this.keyword = keyword;
            this.negatives = negatives;
        }

        @Override public void requireInstalled() { }

        @Override
        public DatasetSynthesizer.Report synthesize(SynthSpec s, IntConsumer progress) throws IOException {
            spec = s;
            WavWriter w = new WavWriter();
            java.util.Random r = new java.util.Random(1);
            float[] noise = new float[16000];
            for (int i = 0; i < noise.length; i++) noise[i] = (float) (0.1 * r.nextGaussian());
            w.write(Files.createDirectories(s.out().resolve("_background_noise_")).resolve("white_noise.wav"), new PcmClip(noise, 16000));
            Path kw = Files.createDirectories(s.out().resolve("biscuit"));
            StringBuilder validation = new StringBuilder(), test = new StringBuilder();
            for (int i = 0; i < s.perWord(); i++) {
                w.write(kw.resolve("00000000_nohash_" + i + ".wav"), RecordViewModelTestAccess.spokenWord());
                if (keyword != null) split("biscuit/00000000_nohash_" + i + ".wav", i, keyword, validation, test);
                if (during != null && i == 0) during.run();
                try {
                    progress.accept(i + 1);
                } catch (RuntimeException e) {
                    throw new IOException(e.getMessage(), e);   // as DatasetSynthesizer reports a failed clip
                }
            }
            if (negatives != null) {
                int n = 0;
                for (String word : s.unknown()) {
                    Path dir = Files.createDirectories(s.out().resolve(word));
                    for (int i = 0; i < s.perUnknown(); i++, n++) {
                        w.write(dir.resolve("11111111_nohash_" + i + ".wav"), RecordViewModelTestAccess.spokenWord());
                        split(word + "/11111111_nohash_" + i + ".wav", n, negatives, validation, test);
                    }
                }
            }
            if (keyword != null) {
                Files.writeString(s.out().resolve("validation_list.txt"), validation);
                Files.writeString(s.out().resolve("testing_list.txt"), test);
            }
            return new DatasetSynthesizer.Report(s.out(), Map.of("biscuit", s.perWord()), List.of("white_noise.wav"), 1);
        }

        private static void split(String rel, int i, int[] counts, StringBuilder validation, StringBuilder test) {
            if (i < counts[0]) validation.append(rel).append('\n');
            else if (i < counts[0] + counts[1]) test.append(rel).append('\n');
        }
    }
}
