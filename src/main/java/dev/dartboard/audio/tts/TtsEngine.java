package dev.dartboard.audio.tts;

import dev.dartboard.audio.PcmClip;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * A speech engine that speaks one word into a clip. espeak-ng ({@link EspeakTts}) is the built-in one; any other
 * engine installed on the user's machine plugs in as a {@link CommandTts}, and the clips it makes are a voice
 * family of their own (for validation or test, {@code dataset add}). Implementations are thread-safe.
 */
public interface TtsEngine {
    /** A short name for manifests and messages, e.g. {@code espeak-ng}. */
    String name();

    /** Fails, with how to install the engine, when it cannot run here. */
    void requireInstalled() throws TtsUnavailableException;

    /** Speaks {@code text} with {@code voice}; returns mono audio at {@code sampleRate} Hz. */
    PcmClip speak(String text, Voice voice, int sampleRate) throws IOException;

    /** The voice variants this install offers (for espeak-ng, its variant files; for others, their voices). */
    Set<String> installedVariants() throws IOException;

    /** The variants spoken when no voice family is named. */
    List<String> defaultVariants();

    /** The accents (espeak-ng voices) each variant is spoken in; {@code ""} alone for engines without accents. */
    List<String> accents();

    /**
     * This engine, also speaking the voice variants {@code files} (name to the engine's variant file text), set up
     * under {@code root}, an empty folder the caller owns and deletes afterwards. Engines without variant files refuse.
     */
    default TtsEngine withVariants(java.nio.file.Path root, java.util.Map<String, String> files) throws IOException {
        throw new IllegalArgumentException(name() + " has no voice variant files: generated voices are espeak-ng's");
    }

    /** True when voice families and accents ({@link VoiceFamily}, {@link VoiceCatalog#ACCENTS}) apply to it. */
    default boolean espeakFamilies() { return false; }
}
