package dev.dartboard.ui.record;

import dev.dartboard.audio.AudioDeviceException;
import dev.dartboard.audio.AudioSource;
import dev.dartboard.audio.FakeAudioSource;
import dev.dartboard.audio.LevelMeter;
import dev.dartboard.audio.PcmClip;
import dev.dartboard.audio.SilenceTrimmer;
import dev.dartboard.audio.WavReader;
import dev.dartboard.audio.WavWriter;
import dev.dartboard.task.DirectTaskExecutor;
import dev.dartboard.ui.project.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class RecordViewModelTest {
    @TempDir Path dir;
    private final LevelMeter meter = new LevelMeter();
    private final Workspace workspace = new Workspace();
    private int reloads;

    /** 0.5 s silence, then a 400 ms 440 Hz tone at 0.5, then 1.5 s silence: 16 kHz. */
    static PcmClip spokenWord() {
        float[] s = new float[16000 * 2 + 6400];
        for (int i = 0; i < 6400; i++) s[8000 + i] = (float) (0.5 * Math.sin(2 * Math.PI * 440 * i / 16000.0));
        return new PcmClip(s, 16000);
    }

    private RecordViewModel vm(Supplier<AudioSource> sources) {
        workspace.update(p -> p.withDataFolder(dir.toString()));
        return new RecordViewModel(workspace, sources, meter, new SilenceTrimmer(-45, 20, 100, meter), new WavWriter(),
                new DirectTaskExecutor(), new RecordPlan(250, 1500, 500), () -> reloads++);
    }

    @Test
    void recordsTrimsAndSavesOnlyTheKeptTakes() throws Exception {
        RecordViewModel vm = vm(() -> new FakeAudioSource(spokenWord(), 1600, meter));
        vm.wordProperty().set("marvin");
        vm.takeCountProperty().set(3);
        vm.record();
        assertEquals(3, vm.takes().size(), vm.messageProperty().get());
        // count-in 250 ms skips 4000 samples: the tone spans 4000..10400 of the take; the trimmer's 20 ms
        // frames make the loud span 3840..10560 (frames 12..32), widened by 100 ms (1600 samples) each side
        assertEquals(10560 - 3840 + 2 * 1600, vm.takes().get(0).clip().samples().length);
        assertEquals(LevelMeter.FLOOR_DB, vm.levelDbfsProperty().get());
        vm.takes().get(1).keepProperty().set(false);
        Files.createDirectories(dir.resolve("marvin"));
        Files.write(dir.resolve("marvin/studio_nohash_4.wav"), new byte[0]);
        vm.saveKept();
        try (var files = Files.list(dir.resolve("marvin"))) {
            assertEquals(List.of("studio_nohash_4.wav", "studio_nohash_5.wav", "studio_nohash_6.wav"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        PcmClip saved = new WavReader().read(dir.resolve("marvin/studio_nohash_5.wav"), 16000).clip();
        assertEquals(9920, saved.samples().length);
        assertEquals(0, vm.takes().size());
        assertEquals(1, reloads);
        assertEquals("Saved 2 takes to " + dir.resolve("marvin"), vm.messageProperty().get());
    }

    @Test
    void aSecondSaveWhileTheFirstRunsWritesNothingTwice() throws Exception {
        workspace.update(p -> p.withDataFolder(dir.toString()));
        HeldExecutor held = new HeldExecutor();
        RecordViewModel vm = new RecordViewModel(workspace, () -> new FakeAudioSource(spokenWord(), 1600, meter), meter,
                new SilenceTrimmer(-45, 20, 100, meter), new WavWriter(), held, new RecordPlan(250, 1500, 500), () -> reloads++);
        vm.wordProperty().set("marvin");
        vm.takeCountProperty().set(2);
        vm.record();
        held.runAll();
        assertEquals(2, vm.takes().size(), vm.messageProperty().get());
        vm.saveKept();
        vm.saveKept();   // Save pressed twice, or the wizard's Next, before the first save ended
        held.runAll();
        try (var files = Files.list(dir.resolve("marvin"))) {
            assertEquals(List.of("studio_nohash_0.wav", "studio_nohash_1.wav"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertEquals(1, reloads);
    }

    /** Holds the tasks it is given until {@link #runAll}, which runs them on the calling thread, callbacks included. */
    private static final class HeldExecutor implements dev.dartboard.task.TaskExecutor {
        private final java.util.List<dev.dartboard.task.BackgroundTask<?>> held = new java.util.ArrayList<>();

        @Override public <T> dev.dartboard.task.BackgroundTask<T> execute(dev.dartboard.task.BackgroundTask<T> task) { held.add(task); return task; }

        @Override public java.util.concurrent.Executor callbacks() { return Runnable::run; }

        void runAll() {
            while (!held.isEmpty()) held.remove(0).runOn(Runnable::run);
        }
    }

    @Test
    void aMissingMicrophoneIsShownAsItsMessage() {
        RecordViewModel vm = vm(() -> new AudioSource() {
            @Override public void start(Consumer<float[]> l) throws AudioDeviceException {
                throw new AudioDeviceException("no microphone found: no capture device supports 16000 Hz mono 16-bit");
            }
            @Override public void stop() { }
            @Override public LevelMeter.Level level() { return LevelMeter.SILENCE; }
        });
        vm.wordProperty().set("marvin");
        vm.record();
        assertEquals("no microphone found: no capture device supports 16000 Hz mono 16-bit", vm.messageProperty().get());
        assertFalse(vm.recordingProperty().get());
        assertEquals(0, vm.takes().size());
    }

    @Test
    void invalidWordsAndAMissingFolderAreRefusedBeforeRecording() {
        RecordViewModel vm = vm(() -> { throw new AssertionError("must not open a source"); });
        vm.wordProperty().set("_unknown_");
        vm.record();
        assertEquals("The word must be lower-case letters, digits, '-' or '_' (it names a folder).", vm.messageProperty().get());
        workspace.update(p -> p.withDataFolder(""));
        vm.wordProperty().set("marvin");
        vm.record();
        assertEquals("Choose the project's data folder first (Project or Data page).", vm.messageProperty().get());
    }

    @Test
    void meterMapsMinus60To0DbfsOntoTheBar() {
        assertEquals(0.0, RecordViewModel.meterFraction(-120));
        assertEquals(0.5, RecordViewModel.meterFraction(-30));
        assertEquals(1.0, RecordViewModel.meterFraction(3));
    }
}
