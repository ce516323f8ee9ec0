package dev.dartboard.export.arduino;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ZIP the Arduino IDE imports: one top-level library folder with every file, byte for byte, and the same bytes each time. */
class LibraryZipTest {
    @TempDir Path dir;

    @Test
    void holdsTheLibraryFolderAtItsTopLevelFileForFile() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("Dartboard_x"));
        Files.writeString(lib.resolve("library.properties"), "name=Dartboard_x\n");
        Files.createDirectories(lib.resolve("src"));
        Files.write(lib.resolve("src/kws.c"), new byte[] {1, 2, 3});
        Files.createDirectories(lib.resolve("examples/kws_micro"));
        Files.writeString(lib.resolve("examples/kws_micro/kws_micro.ino"), "void setup() {}\n");
        Path zip = LibraryZip.write(lib, dir.resolve("out/Dartboard_x.zip"));

        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) entries.put(e.getName(), in.readAllBytes());
        }
        assertEquals(java.util.Set.of("Dartboard_x/library.properties", "Dartboard_x/src/kws.c", "Dartboard_x/examples/kws_micro/kws_micro.ino"),
                entries.keySet());
        assertArrayEquals(new byte[] {1, 2, 3}, entries.get("Dartboard_x/src/kws.c"));
        assertEquals("name=Dartboard_x\n", new String(entries.get("Dartboard_x/library.properties")));
        byte[] first = Files.readAllBytes(zip);
        assertArrayEquals(first, Files.readAllBytes(LibraryZip.write(lib, dir.resolve("again.zip"))), "same folder, same bytes");
        assertTrue(first.length > 0);
    }

    @Test
    void aFolderWithoutLibraryPropertiesIsRefusedByName() throws IOException {
        Path notLib = Files.createDirectories(dir.resolve("plain"));
        IOException e = assertThrows(IOException.class, () -> LibraryZip.write(notLib, dir.resolve("p.zip")));
        assertEquals(notLib + " is not an Arduino library: it has no library.properties", e.getMessage());
    }
}
