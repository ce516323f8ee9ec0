package dev.dartboard.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.*;

/** The run lock in one JVM: re-entrant for its thread, refused to others with the holder's name, free after close. */
class RunLockTest {
    @TempDir Path dir;

    @Test
    void anotherThreadIsRefusedWithTheHolderAndGetsItAfterRelease() throws Exception {
        Path run = dir.resolve("run");
        try (RunLock a = RunLock.acquire(run, "dartboard search")) {
            String text = Files.readString(run.resolve(RunLock.FILE));
            assertTrue(text.startsWith("pid " + ProcessHandle.current().pid() + ", dartboard search, started "), text);
            try (RunLock again = RunLock.acquire(run, "dartboard train")) {   // the pipeline's stages
                assertSame(a, again);
            }
            Object refused = onAnotherThread(run);
            RunLock.RunLockedException e = assertInstanceOf(RunLock.RunLockedException.class, refused);
            assertTrue(e.getMessage().contains(run + " is being written by another Dartboard command"), e.getMessage());
            assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid() + ", dartboard search"), e.getMessage());
        }
        // released: the outer close let go even though the nested hold was taken and closed inside
        RunLock other = assertInstanceOf(RunLock.class, onAnotherThread(run));
        assertTrue(other.holder().contains("dartboard other"), other.holder());
        other.close();
    }

    @Test
    void aFileIsNoRunFolder() throws Exception {
        Path file = Files.writeString(dir.resolve("x"), "");
        var e = assertThrows(java.io.IOException.class, () -> RunLock.acquire(file, "dartboard search"));
        assertTrue(e.getMessage().contains(file + " exists and is not a folder"), e.getMessage());
    }

    /** The lock, or the exception, of an acquire on a fresh thread. */
    private static Object onAnotherThread(Path run) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return (Object) RunLock.acquire(run, "dartboard other");
            } catch (java.io.IOException e) {
                return e;
            }
        }).join();
    }
}
