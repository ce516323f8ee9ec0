package dev.dartboard.audio.tts;

import dev.dartboard.audio.PcmClip;
import dev.dartboard.audio.WavReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Speaks words with the espeak-ng command-line program. Thread-safe: every call runs its own
 * process and temp file. Clips come back mono at the requested rate (espeak-ng speaks at 22,050 Hz;
 * {@link WavReader} resamples).
 */
public final class EspeakTts implements TtsEngine {
    static final String INSTALL_HINT = "espeak-ng is not installed: install it with "
            + "'sudo apt-get install espeak-ng' (Debian/Ubuntu), 'sudo dnf install espeak-ng' (Fedora) "
            + "or 'brew install espeak-ng' (macOS)";

    private final String executable;
    private final WavReader reader;

    /** @param executable the espeak-ng program (a name on PATH or a path) */
    public EspeakTts(String executable, WavReader reader) {
        this.executable = executable;
        this.reader = reader;
    }

    public static EspeakTts onPath() {
        return new EspeakTts("espeak-ng", new WavReader());
    }

    @Override public String name() { return "espeak-ng"; }

    @Override public List<String> defaultVariants() { return VoiceCatalog.VARIANTS; }

    @Override public List<String> accents() { return VoiceCatalog.ACCENTS; }

    @Override public boolean espeakFamilies() { return true; }

    /** Fails with the install hint when espeak-ng cannot be started. */
    @Override
    public void requireInstalled() throws TtsUnavailableException {
        try {
            run(List.of(executable, "--version"));
        } catch (TtsUnavailableException e) {
            throw e;
        } catch (IOException e) {
            throw new TtsUnavailableException(INSTALL_HINT + " (" + e.getMessage() + ")");
        }
    }

    /**
     * The voice variants this espeak-ng install has ({@code espeak-ng --voices=variant}): a variant that is not
     * installed is spoken silently as the plain voice, so callers check against this list.
     */
    @Override
    public java.util.Set<String> installedVariants() throws IOException {
        String out = run(List.of(executable, "--voices=variant"));
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String line : out.split("\n")) {
            int at = line.indexOf("!v/");
            if (at >= 0) {
                String rest = line.substring(at + 3).strip();
                int space = rest.indexOf(' ');
                names.add(space < 0 ? rest : rest.substring(0, space));
            }
        }
        return names;
    }

    /** Speaks {@code text} with {@code voice}; returns mono audio at {@code sampleRate} Hz. */
    @Override
    public PcmClip speak(String text, Voice voice, int sampleRate) throws IOException {
        Path tmp = Files.createTempFile("dartboard-tts-", ".wav");
        try {
            run(List.of(executable, "-v", voice.espeakVoice(), "-s", Integer.toString(voice.wpm()),
                    "-p", Integer.toString(voice.pitch()), "-w", tmp.toString(), "--", text));
            return reader.read(tmp, sampleRate).clip();
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private String run(List<String> command) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new TtsUnavailableException(INSTALL_HINT);
        }
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("espeak-ng did not finish within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while espeak-ng was speaking", e);
        }
        if (p.exitValue() != 0)
            throw new IOException("espeak-ng failed (exit " + p.exitValue() + "): " + new String(out).strip());
        return new String(out, java.nio.charset.StandardCharsets.UTF_8);
    }
}
