package dev.dartboard.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AtomicFilesTest {
    @TempDir Path dir;

    @Test
    void replacesTheTargetAndLeavesNoTempFile() throws IOException {
        Path f = dir.resolve("a/b/settings.json");
        AtomicFiles.write(f, "one".getBytes());
        AtomicFiles.write(f, "two".getBytes());
        assertEquals("two", Files.readString(f));
        try (var s = Files.list(f.getParent())) {
            assertEquals(List.of("settings.json"), s.map(p -> p.getFileName().toString()).toList());
        }
    }
}
