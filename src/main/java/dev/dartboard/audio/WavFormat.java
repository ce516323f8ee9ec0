package dev.dartboard.audio;

/**
 * The sample layout a WAV {@code fmt } chunk declares, after WAVE_FORMAT_EXTENSIBLE is resolved
 * to its sub-format.
 *
 * @param encoding      how one sample is coded
 * @param channels      interleaved channels per frame (≥ 1)
 * @param sampleRate    frames per second, Hz (≥ 1)
 * @param bitsPerSample container bits of one sample (8, 16, 24, 32 or 64)
 */
record WavFormat(Encoding encoding, int channels, int sampleRate, int bitsPerSample) {

    /** Sample codings Dartboard decodes; the WAV format tag of each is {@link #tag}. */
    enum Encoding {
        PCM(0x0001), FLOAT(0x0003), A_LAW(0x0006), MU_LAW(0x0007);

        final int tag;

        Encoding(int tag) { this.tag = tag; }

        /** The encoding for a WAV format tag, or null when Dartboard cannot decode it. */
        static Encoding ofTag(int tag) {
            for (Encoding e : values()) if (e.tag == tag) return e;
            return null;
        }
    }

    /** Bytes one sample occupies in the data chunk. */
    int bytesPerSample() { return (bitsPerSample + 7) / 8; }

    /** Bytes one interleaved frame (all channels) occupies. */
    int frameBytes() { return bytesPerSample() * channels; }
}
