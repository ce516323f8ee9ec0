package dev.dartboard.ui.wizard;

import dev.dartboard.audio.tts.DatasetSynthesizer;
import dev.dartboard.audio.tts.SynthSpec;

import java.io.IOException;
import java.util.function.IntConsumer;

/**
 * The wizard's speech synthesis (in the studio: espeak-ng through {@link DatasetSynthesizer}, as
 * {@code dataset synth}); tests may pass a fake. Blocking; worker thread.
 */
public interface DatasetSynth {
    /** Fails with the install hint when the synthesizer is missing. */
    void requireInstalled() throws IOException;

    /** Writes the set; {@code progress} gets clips written so far (any thread; one that throws stops it). */
    DatasetSynthesizer.Report synthesize(SynthSpec spec, IntConsumer progress) throws IOException;
}
