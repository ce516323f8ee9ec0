package dev.dartboard.app.tour;

import dev.dartboard.audio.PcmClip;
import dev.dartboard.audio.WavReader;
import dev.dartboard.audio.WavWriter;
import dev.dartboard.data.ClipRef;
import dev.dartboard.data.DatasetScanner;
import dev.dartboard.data.SpeakerSplit;
import dev.dartboard.model.Split;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the simulated board's microphone hears in the tour: one test-split clip of each keyword (speakers the
 * training never heard), in the data set's order of keywords, with {@link #LEAD_MS} of silence before the first
 * and {@link #GAP_MS} after each, as one 16-bit mono WAV at the model's sample rate.
 *
 * @param wav        the file written
 * @param words      what plays when
 * @param durationMs the whole tape
 */
record MicTape(Path wav, List<Word> words, long durationMs) {
    static final int LEAD_MS = 500, GAP_MS = 750;

    /** One keyword clip on the tape: its word, where it comes from and when it plays (stream ms). */
    record Word(String word, String clip, long startMs, long endMs) { }

    /**
     * Writes the tape for {@code keywords} from {@code data}'s test split (a keyword without a test clip is left out).
     *
     * @param rate        the model's sample rate (the simulator refuses any other)
     * @param clipSamples the model's clip length in samples
     */
    static MicTape write(Path data, List<String> keywords, int rate, int clipSamples, Path wav) throws IOException {
        List<ClipRef> clips = new DatasetScanner(new SpeakerSplit()).scan(data).clips();
        WavReader reader = new WavReader();
        List<float[]> parts = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        parts.add(new float[samples(LEAD_MS, rate)]);
        long at = LEAD_MS;
        long clipMs = Math.round(clipSamples * 1000.0 / rate);
        for (String k : keywords) {
            Optional<ClipRef> c = clips.stream().filter(r -> r.split() == Split.TEST && r.word().equals(k))
                    .min(Comparator.comparing(ClipRef::relPath));
            if (c.isEmpty()) continue;
            parts.add(reader.read(data.resolve(c.get().relPath()), rate).clip().fitTo(clipSamples).samples());
            parts.add(new float[samples(GAP_MS, rate)]);
            words.add(new Word(k, c.get().relPath(), at, at + clipMs));
            at += clipMs + GAP_MS;
        }
        float[] all = new float[parts.stream().mapToInt(p -> p.length).sum()];
        int o = 0;
        for (float[] p : parts) { System.arraycopy(p, 0, all, o, p.length); o += p.length; }
        new WavWriter().write(wav, new PcmClip(all, rate));
        return new MicTape(wav, List.copyOf(words), Math.round(all.length * 1000.0 / rate));
    }

    /** The word playing at stream time {@code ms} (a detection comes during its clip or its gap), or null. */
    String wordAt(long ms) {
        for (Word w : words) if (ms >= w.startMs() && ms < w.endMs() + GAP_MS) return w.word();
        return null;
    }

    private static int samples(long ms, int rate) {
        return (int) (ms * rate / 1000);
    }
}
