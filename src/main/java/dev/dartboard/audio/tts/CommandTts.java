package dev.dartboard.audio.tts;

import dev.dartboard.audio.PcmClip;
import dev.dartboard.audio.WavReader;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Any speech engine on the user's machine that can write a WAV file from the command line, plugged in by a
 * command template. The template is split on spaces into arguments (no shell runs) and these placeholders are
 * replaced per clip: {@code {text}} the word, {@code {wav}} the file to write, {@code {voice}} one of the
 * engine's voices, {@code {rate}} words per minute, {@code {pitch}} 0..99. For example
 * {@code pico2wave -l {voice} -w {wav} {text}} with voices {@code en-US,en-GB}. The engine's voices are one
 * voice family of their own, spoken without espeak-ng's accents. Thread-safe: each clip runs its own process.
 */
public final class CommandTts implements TtsEngine {
    private final String name;
    private final List<String> template;
    private final List<String> voices;
    private final WavReader reader;

    /**
     * @param name     a short name for manifests and messages
     * @param template the command, space-separated, with placeholders; must contain {@code {wav}} and {@code {text}}
     * @param voices   the engine's voices (at least one; {@code ""} when it has a single voice)
     */
    public CommandTts(String name, String template, List<String> voices, WavReader reader) {
        this.name = name;
        this.template = List.of(template.strip().split("\\s+"));
        this.voices = List.copyOf(voices.isEmpty() ? List.of("") : voices);
        this.reader = reader;
        if (!template.contains("{wav}") || !template.contains("{text}"))
            throw new IllegalArgumentException("the TTS command must contain {wav} and {text}: '" + template + "'");
    }

    @Override public String name() { return name; }

    @Override public List<String> defaultVariants() { return voices; }

    @Override public List<String> accents() { return List.of(""); }

    @Override public Set<String> installedVariants() { return new LinkedHashSet<>(voices); }

    /** Fails when the template's program is neither a file nor on PATH. */
    @Override
    public void requireInstalled() throws TtsUnavailableException {
        String program = template.get(0);
        if (program.contains(File.separator) ? Files.isExecutable(Path.of(program)) : onPath(program)) return;
        throw new TtsUnavailableException("the TTS command's program '" + program + "' is not installed (not on PATH)");
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(File.pathSeparator))
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) return true;
        return false;
    }

    @Override
    public PcmClip speak(String text, Voice voice, int sampleRate) throws IOException {
        Path tmp = Files.createTempFile("dartboard-tts-", ".wav");
        try {
            List<String> command = new ArrayList<>();
            for (String arg : template)
                command.add(arg.replace("{wav}", tmp.toString()).replace("{text}", text).replace("{voice}", voice.variant())
                        .replace("{rate}", Integer.toString(voice.wpm())).replace("{pitch}", Integer.toString(voice.pitch())));
            run(command);
            if (Files.size(tmp) == 0) throw new IOException(name + " wrote no audio for '" + text + "' (" + String.join(" ", command) + ")");
            return reader.read(tmp, sampleRate).clip();
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(name + " did not finish within 60 s: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + name + " was speaking", e);
        }
        if (p.exitValue() != 0)
            throw new IOException(name + " failed (exit " + p.exitValue() + "): " + new String(out).strip());
    }
}
