package dev.dartboard.audio;

import java.util.function.Consumer;

/**
 * A live source of mono audio at {@value #SAMPLE_RATE} Hz, delivered in blocks (the role of
 * micro_speech's audio_provider). Implementations: {@link MicrophoneSource}, {@link FakeAudioSource}.
 *
 * <p>Threading: the listener is called on a thread the source chooses (documented by each
 * implementation), one block at a time, never concurrently. Each block is a new array the
 * listener owns. {@link #stop()} and {@link #level()} may be called from any thread.
 */
public interface AudioSource {
    /** Rate of every delivered block, Hz. */
    int SAMPLE_RATE = 16_000;

    /**
     * Starts delivering blocks of samples (full scale ±1) to {@code listener}.
     *
     * @throws AudioDeviceException when the device cannot be opened; the message says why
     * @throws IllegalStateException when already started
     */
    void start(Consumer<float[]> listener) throws AudioDeviceException;

    /** Stops delivering; no block is delivered after this returns. Idempotent. */
    void stop();

    /** Level of the most recent block ({@link LevelMeter#SILENCE} for both before the first one). */
    LevelMeter.Level level();
}
