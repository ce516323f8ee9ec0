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
import dev.dartboard.model.BoardProfile;
import dev.dartboard.nas.BoardProfiles;
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
    private final TakeFiles files = new TakeFiles(new WavReader(), new WavWriter());
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
        vm = new WizardViewModel(workspace, takesSpace, recorder, synthesis, augment, files, new BoardProfiles(), executor, status, () -> searches++);
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
        vm.importTake(wav);
        assertEquals(1, vm.takesProperty().get());
        assertTrue(Files.exists(dir.resolve("biscuit-takes/biscuit/imported_nohash_0.wav")));
        vm.next();
        assertEquals(WizardStep.SYNTHESIZE, vm.stepProperty().get());
        assertEquals(String.join(", ", Confusables.standard().of("biscuit", 10)), vm.synthesis().negativesProperty().get());
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
        assertEquals(List.of("00000000_nohash_0.wav", "00000000_nohash_1.wav", "00000000_nohash_2.wav", "imported_nohash_0.wav"),
                files.list(data.resolve("biscuit")).stream().map(p -> p.getFileName().toString()).toList());
        assertTrue(vm.canNextProperty().get());

        vm.next();
        AugmentModel a = vm.augment();
        assertEquals("imported_nohash_0.wav", a.clips().get(0).getFileName().toString(), "the user's takes come first");
        PcmClip original = a.originalProperty().get(), first = a.augmentedProperty().get();
        assertEquals(new WavReader().read(data.resolve("biscuit/imported_nohash_0.wav"), 16000).clip().samples().length, original.samples().length);
        assertFalse(java.util.Arrays.equals(original.samples(), first.samples()), "the preview changes the clip");
        assertTrue(a.drawTextProperty().get().startsWith("draw 1: speed "), a.drawTextProperty().get());
        a.next();
        assertTrue(a.drawTextProperty().get().startsWith("draw 2: "));

        vm.next();
        assertEquals(WizardStep.SEARCH, vm.stepProperty().get());
        vm.goToSearch();
        BoardProfile board = new BoardProfiles().load("nano33ble");
        var p = workspace.project();
        assertEquals(data.toString(), p.dataFolder());
        assertEquals(List.of("biscuit"), p.targetWords());
        assertEquals(board.usableSram() / 4, p.budget().sramBytes());
        assertEquals(board.usableFlash() / 4, p.budget().flashBytes());
        assertEquals(300.0, p.budget().latencyMs());
        assertEquals(1, searches);
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

    /** Writes spec.perWord() noise clips of the keyword (speaker 00000000) and one background file; {@code during} runs after the first clip. */
    private static final class FakeSynth implements DatasetSynth {
        private final Runnable during;
        SynthSpec spec;

        FakeSynth(Runnable during) { this.during = during; }

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
            for (int i = 0; i < s.perWord(); i++) {
                w.write(kw.resolve("00000000_nohash_" + i + ".wav"), RecordViewModelTestAccess.spokenWord());
                if (during != null && i == 0) during.run();
                try {
                    progress.accept(i + 1);
                } catch (RuntimeException e) {
                    throw new IOException(e.getMessage(), e);   // as DatasetSynthesizer reports a failed clip
                }
            }
            return new DatasetSynthesizer.Report(s.out(), Map.of("biscuit", s.perWord()), List.of("white_noise.wav"), 1);
        }
    }
}
