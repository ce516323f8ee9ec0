package dev.dartboard.export.arduino;

import dev.dartboard.io.AtomicFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The ZIP of an Arduino library folder, as the Arduino IDE's "Sketch → Include Library → Add .ZIP Library…"
 * imports it: one top-level folder NAME/ (holding library.properties and src/), entries in name order with a
 * fixed time, so the same folder always gives the same bytes. Written atomically. Stateless.
 */
public final class LibraryZip {
    private static final FileTime EPOCH = FileTime.fromMillis(315532800000L);   // 1980-01-01, the ZIP format's earliest

    private LibraryZip() { }

    /** Writes {@code library}'s files under {@code library.getFileName()/} into {@code zip}; returns {@code zip}. */
    public static Path write(Path library, Path zip) throws IOException {
        if (!Files.isRegularFile(library.resolve("library.properties")))
            throw new IOException(library + " is not an Arduino library: it has no library.properties");
        String top = library.getFileName().toString();
        List<Path> files;
        try (var walk = Files.walk(library)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Path f : files) {
                ZipEntry e = new ZipEntry(top + "/" + library.relativize(f).toString().replace('\\', '/'));
                e.setLastModifiedTime(EPOCH);
                out.putNextEntry(e);
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        AtomicFiles.write(zip, bytes.toByteArray());
        return zip;
    }
}
