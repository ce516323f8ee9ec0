package dev.dartboard.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Atomic saves for every file Dartboard writes (WAVs, manifests, caches, checkpoints, runs, projects):
 * write a temp file beside the target, fsync it, rename it over the target, fsync the folder. A crash
 * leaves either the old file or the new one, never a torn one. Stateless, thread-safe.
 */
public final class AtomicFiles {
    private AtomicFiles() { }

    /** A temp path beside {@code target} (same folder, so the rename stays atomic). */
    public static Path tempFor(Path target) {
        return target.resolveSibling(target.getFileName() + ".tmp-" + ProcessHandle.current().pid()
                + "-" + Thread.currentThread().getId() + "-" + System.nanoTime());
    }

    /** Writes {@code bytes} to {@code target} atomically, creating its folder if needed. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path tmp = tempFor(target);
        try {
            Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            publish(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** fsyncs {@code tmp}, renames it to {@code target} (replacing it) and fsyncs the folder. */
    public static void publish(Path tmp, Path target) throws IOException {
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        try (FileChannel dir = FileChannel.open(target.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException ignored) {
            // Some platforms cannot open folders; the rename itself is still atomic there.
        }
    }
}
