package dev.dartboard.data;

import java.io.IOException;

/** Samples of one example at the config's rate and clip length. Thread-safe; the array is the caller's. */
@FunctionalInterface
public interface SampleSource {
    /** Exactly clip-length samples; an IOException rejects this source (its message is the reason). */
    float[] samples(Source source) throws IOException;
}
