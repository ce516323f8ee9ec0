package dev.dartboard.app;

import dev.dartboard.audio.LevelMeter;
import dev.dartboard.audio.SilenceTrimmer;
import dev.dartboard.audio.WavReader;
import dev.dartboard.audio.WavWriter;
import dev.dartboard.audio.tts.Confusables;
import dev.dartboard.audio.tts.DatasetSynthesizer;
import dev.dartboard.audio.tts.EspeakTts;
import dev.dartboard.audio.tts.NoiseGenerator;
import dev.dartboard.audio.tts.SynthSpec;
import dev.dartboard.audio.tts.VoiceCatalog;
import dev.dartboard.data.DatasetScanner;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;
import dev.dartboard.ui.record.RecordViewModel;
import dev.dartboard.ui.wizard.AugmentModel;
import dev.dartboard.ui.wizard.DatasetSynth;
import dev.dartboard.ui.wizard.SynthesisModel;
import dev.dartboard.ui.wizard.TakeFiles;
import dev.dartboard.ui.wizard.WizardViewModel;

import java.io.IOException;
import java.util.function.IntConsumer;

/**
 * Builds the custom-keyword wizard (part of the composition root): its own recorder (the Record page's
 * components on a takes folder), espeak-ng synthesis as {@code dataset synth} does it, the augmentation
 * preview. FX thread.
 */
final class WizardWiring {
    /** Synthesis threads: the machine's cores are shared with the studio. */
    static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

    private WizardWiring() { }

    /** @param scanner the studio's data set scanner, so the wizard's split check sees the splits the search uses */
    static WizardViewModel create(Workspace workspace, DatasetScanner scanner, StudioSettings settings, TaskExecutor executor,
                                  StatusModel status, Runnable toSearch) {
        LevelMeter meter = new LevelMeter();
        Workspace takesSpace = new Workspace();
        RecordViewModel recorder = new RecordViewModel(takesSpace, () -> settings.sources().apply(meter), meter,
                new SilenceTrimmer(-45, 20, 100, meter), new WavWriter(), executor, settings.plan(), () -> { });
        TakeFiles files = new TakeFiles(new WavReader());
        SynthesisModel synthesis = new SynthesisModel(espeak(), Confusables.standard(), files, executor, status);
        AugmentModel augment = new AugmentModel(new WavReader(), files, settings.player(), executor, status);
        return new WizardViewModel(workspace, takesSpace, recorder, synthesis, augment, files, scanner, executor, status, toSearch);
    }

    /** espeak-ng on PATH through {@link DatasetSynthesizer}. */
    static DatasetSynth espeak() {
        EspeakTts tts = EspeakTts.onPath();
        DatasetSynthesizer synthesizer = new DatasetSynthesizer(tts, new WavWriter(), VoiceCatalog.standard(), new NoiseGenerator(), THREADS);
        return new DatasetSynth() {
            @Override public void requireInstalled() throws IOException { tts.requireInstalled(); }
            @Override public DatasetSynthesizer.Report synthesize(SynthSpec spec, IntConsumer progress) throws IOException {
                return synthesizer.synthesize(spec, progress);
            }
        };
    }
}
