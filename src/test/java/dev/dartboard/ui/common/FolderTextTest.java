package dev.dartboard.ui.common;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FolderTextTest {
    private final Path work = Path.of("/work/dartboard"), home = Path.of("/home/ada");

    @Test
    void relativeUnderTheWorkingFolderTildeUnderHomeElseAbsolute() {
        assertEquals("samples", FolderText.of(Path.of("/work/dartboard/samples"), work, home));
        assertEquals("~/data/gsc", FolderText.of(Path.of("/home/ada/data/gsc"), work, home));
        assertEquals("/mnt/sets/gsc", FolderText.of(Path.of("/mnt/sets/../sets/gsc"), work, home));
        assertEquals("/work/dartboard", FolderText.of(work, work, home));
    }
}
