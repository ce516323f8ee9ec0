package dev.dartboard.audio.tts;

import dev.dartboard.audio.PcmClip;
import dev.dartboard.audio.WavReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    /** espeak-ng's {@code --path}: the folder holding a private {@code espeak-ng-data}; null for the installed one. */
    private final Path dataRoot;

    /** @param executable the espeak-ng program (a name on PATH or a path) */
    public EspeakTts(String executable, WavReader reader) {
        this(executable, reader, null);
    }

    private EspeakTts(String executable, WavReader reader, Path dataRoot) {
        this.executable = executable;
        this.reader = reader;
        this.dataRoot = dataRoot;
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
        String out = run(withPath(List.of(executable, "--voices=variant")));
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

    /**
     * This engine speaking also the variant files {@code files} (name to text): a private {@code espeak-ng-data} under
     * {@code root} (an empty folder the caller owns and deletes) whose entries link to the installed data, with a
     * {@code voices/!v} of the installed variants plus these. Nothing outside {@code root} is written.
     */
    @Override
    public EspeakTts withVariants(Path root, Map<String, String> files) throws IOException {
        Path installed = installedData();
        Path data = Files.createDirectories(root.resolve("espeak-ng-data"));
        linkEntries(installed, data, "voices");
        Path voices = Files.createDirectories(data.resolve("voices"));
        linkEntries(installed.resolve("voices"), voices, "!v");
        Path variants = Files.createDirectories(voices.resolve("!v"));
        linkEntries(installed.resolve("voices").resolve("!v"), variants, null);
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (!f.getKey().matches("[A-Za-z0-9_-]+"))
                throw new IllegalArgumentException("voice variant name '" + f.getKey() + "': letters, digits, _ and - only");
            Path file = variants.resolve(f.getKey());
            Files.deleteIfExists(file);   // a link to an installed variant of that name: never write through it
            Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
        }
        return new EspeakTts(executable, reader, root);
    }

    /** The installed {@code espeak-ng-data} folder, as {@code espeak-ng --version} names it. */
    Path installedData() throws IOException {
        String out = run(List.of(executable, "--version"));
        int at = out.indexOf("Data at:");
        if (at < 0) throw new IOException("espeak-ng --version does not name its data folder: " + out.strip());
        Path data = Path.of(out.substring(at + "Data at:".length()).strip());
        if (!Files.isDirectory(data)) throw new IOException("espeak-ng's data folder " + data + " is not a folder");
        return data;
    }

    /** Links every entry of folder {@code from} but {@code except} into {@code to}; nothing when {@code from} is absent. */
    private static void linkEntries(Path from, Path to, String except) throws IOException {
        if (!Files.isDirectory(from)) return;
        try (var entries = Files.list(from)) {
            for (Path e : (Iterable<Path>) entries::iterator) {
                String name = e.getFileName().toString();
                if (!name.equals(except)) link(to.resolve(name), e);
            }
        }
    }

    /** A symbolic link to {@code target}, or a copy where the file system has none (folders copied whole). */
    private static void link(Path at, Path target) throws IOException {
        try {
            Files.createSymbolicLink(at, target);
        } catch (UnsupportedOperationException | IOException | SecurityException e) {
            copyTree(target, at);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            Files.copy(from, to);
            return;
        }
        try (var walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
    }

    /** Speaks {@code text} with {@code voice}; returns mono audio at {@code sampleRate} Hz. */
    @Override
    public PcmClip speak(String text, Voice voice, int sampleRate) throws IOException {
        Path tmp = Files.createTempFile("dartboard-tts-", ".wav");
        try {
            run(withPath(List.of(executable, "-v", voice.espeakVoice(), "-s", Integer.toString(voice.wpm()),
                    "-p", Integer.toString(voice.pitch()), "-w", tmp.toString(), "--", text)));
            return reader.read(tmp, sampleRate).clip();
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** {@code command} with {@code --path} after the program when this engine speaks from a private data folder. */
    private List<String> withPath(List<String> command) {
        if (dataRoot == null) return command;
        List<String> out = new java.util.ArrayList<>(command);
        out.add(1, "--path=" + dataRoot);
        return out;
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
