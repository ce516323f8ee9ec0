package dev.dartboard.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads WAV files into mono {@link PcmClip}s at a target rate: integer PCM 8 (unsigned)/16/24/32-bit,
 * IEEE float 32/64, µ-law and A-law, plain or WAVE_FORMAT_EXTENSIBLE, any channel count (averaged
 * to mono), resampled with a {@link Resampler}. Refusals throw {@link WavException} naming the file
 * and the reason (also for NaN or infinite float samples, which would poison every feature of the clip); recoverable oddities (truncated data, decoded µ-law, resampling) come back as notes.
 * Thread-safe (stateless).
 */
public final class WavReader {
    /** Largest file read, bytes: the whole file is held in memory. */
    static final long MAX_BYTES = Integer.MAX_VALUE - 64;

    /**
     * The decoded clip plus human-readable notes (never null): {@code notes} has every conversion made,
     * {@code warnings} only what a data set report should show (damage, lossy µ-law/A-law decoding),
     * not routine resampling or channel mix-down.
     */
    public record Result(PcmClip clip, List<String> notes, List<String> warnings) {
        /** A result whose every note is a warning. */
        public Result(PcmClip clip, List<String> notes) { this(clip, notes, notes); }
    }

    private final WavHeaderParser parser;
    private final SampleDecoder decoder;
    private final Resampler resampler;

    /** A reader that resamples with {@code resampler}. */
    public WavReader(Resampler resampler) {
        this.parser = new WavHeaderParser(new FmtChunkParser());
        this.decoder = new SampleDecoder();
        this.resampler = resampler;
    }

    /** A reader with the default {@link Resampler}. */
    public WavReader() { this(new Resampler()); }

    /**
     * Reads {@code file}, mixes to mono and resamples to {@code targetRate} Hz.
     *
     * @throws WavException when the file is not a WAV Dartboard can decode (the reason says why)
     * @throws IOException  when the file cannot be read at all
     */
    public Result read(Path file, int targetRate) throws IOException {
        if (targetRate <= 0) throw new IllegalArgumentException("target rate must be positive: " + targetRate);
        if (Files.size(file) > MAX_BYTES) throw new WavException(file, "file too large: " + Files.size(file) + " bytes");
        byte[] bytes = Files.readAllBytes(file);
        WavLayout layout = parser.parse(file, bytes);
        List<String> notes = new ArrayList<>(layout.notes());
        WavFormat f = layout.format();
        int nonFinite = SampleDecoder.nonFinite(bytes, layout);
        if (nonFinite > 0)
            throw new WavException(file, nonFinite + " of " + (long) layout.frames() * f.channels()
                    + " samples are NaN or infinite (a damaged float WAV)");
        float[] mono = decoder.decode(bytes, layout);
        describeEncoding(f, notes);
        List<String> warnings = List.copyOf(notes);
        if (f.channels() > 1) notes.add("mixed " + f.channels() + " channels down to mono");
        if (f.sampleRate() != targetRate) {
            mono = resampler.resample(mono, f.sampleRate(), targetRate);
            notes.add("resampled " + f.sampleRate() + " Hz to " + targetRate + " Hz");
        }
        if (mono.length == 0) throw new WavException(file, "zero frames after resampling to " + targetRate + " Hz");
        return new Result(new PcmClip(mono, targetRate), List.copyOf(notes), warnings);
    }

    private static void describeEncoding(WavFormat f, List<String> notes) {
        if (f.encoding() == WavFormat.Encoding.MU_LAW) notes.add("decoded µ-law");
        if (f.encoding() == WavFormat.Encoding.A_LAW) notes.add("decoded A-law");
    }
}
