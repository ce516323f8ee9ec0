package dev.dartboard.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The data folder the studio (or, without a display, the headless tour) opens on start, in this order: the
 * folder given on the command line; {@code samples/} in the working directory (the source build); else the
 * samples the installer carries ({@code -Ddartboard.samples=$APPDIR/samples}, read-only where installed), copied
 * on the first start into a folder of the user's ({@code ~/Dartboard/samples}: searches and runs are written
 * beside the data) and opened from there on every start after. An existing copy is never overwritten; the copy
 * is made in a temporary sibling and renamed, so a start that fails half way leaves no half copy. Stateless.
 */
final class StartFolder {
    /** The system property the installed launcher sets to its bundled samples folder. */
    static final String BUNDLED = "dartboard.samples";

    private StartFolder() { }

    /** As {@link #choose} with this process's arguments, working directory, bundled samples and home folder. */
    static Optional<Path> of(String[] args) throws IOException {
        String bundled = System.getProperty(BUNDLED);
        return choose(List.of(args), Path.of("").toAbsolutePath(), bundled == null || bundled.isBlank() ? null : Path.of(bundled),
                Path.of(System.getProperty("user.home"), "Dartboard", "samples"));
    }

    /**
     * @param bundled  the installer's samples, or null (not installed)
     * @param userCopy where the bundled samples are copied on first start
     * @return the folder to open, or empty when there is none (the studio then starts without a data folder)
     */
    static Optional<Path> choose(List<String> args, Path workingDir, Path bundled, Path userCopy) throws IOException {
        if (!args.isEmpty()) return Optional.of(Path.of(args.get(0)));
        Path local = workingDir.resolve("samples");
        if (Files.isDirectory(local)) return Optional.of(local);
        if (bundled == null || !Files.isDirectory(bundled)) return Optional.empty();
        if (!Files.isDirectory(userCopy)) copy(bundled, userCopy);
        return Optional.of(userCopy);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Path tmp = Files.createTempDirectory(to.getParent(), "." + to.getFileName() + "-");
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = tmp.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
            for (Path f : Files.walk(tmp).toList()) f.toFile().setWritable(true, true);   // the installed copy is read-only
            Files.move(tmp, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try (var left = Files.walk(tmp)) {
                left.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            throw new IOException("could not copy the bundled samples " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }
}
