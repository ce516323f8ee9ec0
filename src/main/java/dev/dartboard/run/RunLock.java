package dev.dartboard.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The exclusive writer lock of a run folder: an OS file lock on {@code RUN/.lock}, so a crashed or killed
 * writer releases it with its process. The file's text names the holder (pid, command, start time) for the
 * message a refused writer gets; it stays behind after release (deleting it would race a new holder).
 * Within one JVM the thread that holds a folder may lock it again (the pipeline runs its stages in process);
 * another thread of the same JVM is refused like another process. The lock covers one byte far past the
 * text, so the text stays readable where locks are mandatory (Windows). Thread-safe.
 */
public final class RunLock implements AutoCloseable {
    public static final String FILE = ".lock";
    private static final long REGION = Long.MAX_VALUE - 1;
    /** Locks this JVM holds, by real folder path. */
    private static final Map<Path, RunLock> HELD = new HashMap<>();

    private final Path key;
    private final Thread owner;
    private final FileChannel channel;
    private final FileLock lock;
    private final String holder;
    private int depth = 1;

    private RunLock(Path key, FileChannel channel, FileLock lock, String holder) {
        this.key = key;
        this.owner = Thread.currentThread();
        this.channel = channel;
        this.lock = lock;
        this.holder = holder;
    }

    /**
     * Locks {@code dir} (created if missing) for {@code command}, e.g. "dartboard search".
     *
     * @throws RunLockedException naming the holder, when another process or thread writes the folder
     * @throws IOException        when {@code dir} cannot be a folder or the lock file cannot be opened
     */
    public static RunLock acquire(Path dir, String command) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir))
            throw new IOException(dir + " exists and is not a folder: choose a run folder path");
        Files.createDirectories(dir);
        Path key = dir.toRealPath();
        Path file = key.resolve(FILE);
        synchronized (HELD) {
            RunLock mine = HELD.get(key);
            if (mine != null) {
                if (mine.owner != Thread.currentThread()) throw new RunLockedException(dir, mine.holder + " (this process, another task)");
                mine.depth++;
                return mine;
            }
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock(REGION, 1, false);
            } catch (OverlappingFileLockException e) {
                l = null;
            } catch (IOException e) {
                ch.close();
                throw e;
            }
            if (l == null) {
                ch.close();
                throw new RunLockedException(dir, holderOf(file));
            }
            String holder = "pid " + ProcessHandle.current().pid() + ", " + command + ", started " + Instant.now();
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            RunLock lock = new RunLock(key, ch, l, holder);
            HELD.put(key, lock);
            return lock;
        }
    }

    /**
     * As {@link #acquire}, for commands that need an existing run (quantize, eval, export, pareto): null, and no
     * folder made, when {@code dir} is no folder (the command then fails on its missing input, writing nothing).
     * try-with-resources skips a null resource.
     */
    public static RunLock ifExists(Path dir, String command) throws IOException {
        return Files.isDirectory(dir) ? acquire(dir, command) : null;
    }

    /** Who holds the folder, as the lock file says (pid, command, start time). */
    public String holder() { return holder; }

    /** Releases this hold; the OS lock goes with the outermost one. */
    @Override
    public void close() throws IOException {
        synchronized (HELD) {
            if (--depth > 0) return;
            HELD.remove(key);
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    private static String holderOf(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8).trim();
            return s.isEmpty() ? "another process (it has not written its name yet)" : s;
        } catch (IOException e) {
            return "another process";
        }
    }

    /** A second writer, refused. */
    public static final class RunLockedException extends IOException {
        public RunLockedException(Path dir, String holder) {
            super(dir + " is being written by another Dartboard command (" + holder + "): wait for it to finish, or stop it, then try again");
        }
    }
}
