package dev.dartboard.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The installed app opens its bundled samples on first start (a writable copy in the user's folder), like the
 * source build opens ./samples; an argument always wins and an existing copy is never overwritten.
 */
class StartFolderTest {
    @TempDir Path dir;

    private Path bundled() throws IOException {
        Path b = Files.createDirectories(dir.resolve("opt/dartboard/lib/app/samples/yes"));
        Files.write(b.resolve("a.wav"), new byte[] {1, 2, 3});
        Files.writeString(b.getParent().resolve("dartboard.json"), "{}");
        b.resolve("a.wav").toFile().setWritable(false);   // installed files are read-only
        return b.getParent();
    }

    @Test
    void firstStartOfTheInstalledAppCopiesTheBundledSamplesAndOpensTheCopy() throws IOException {
        Path bundled = bundled(), home = dir.resolve("home/Dartboard/samples"), cwd = Files.createDirectories(dir.resolve("cwd"));
        assertEquals(Optional.of(home), StartFolder.choose(List.of(), cwd, bundled, home));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(home.resolve("yes/a.wav")));
        assertEquals("{}", Files.readString(home.resolve("dartboard.json")));
        assertTrue(Files.isWritable(home.resolve("yes/a.wav")), "the copy is the user's: runs and recordings go beside it");
        try (var left = Files.list(home.getParent())) {
            assertEquals(List.of(home), left.toList(), "no temporary folder left");
        }
        // later starts open the same copy and keep what the user changed
        Files.write(home.resolve("yes/a.wav"), new byte[] {9});
        Files.createDirectories(home.resolve("runs"));
        assertEquals(Optional.of(home), StartFolder.choose(List.of(), cwd, bundled, home));
        assertArrayEquals(new byte[] {9}, Files.readAllBytes(home.resolve("yes/a.wav")));
        assertTrue(Files.isDirectory(home.resolve("runs")));
    }

    @Test
    void anArgumentOrTheSourceBuildsSamplesComeFirstAndWithoutBundledSamplesThereIsNone() throws IOException {
        Path bundled = bundled(), home = dir.resolve("home/Dartboard/samples"), cwd = Files.createDirectories(dir.resolve("cwd"));
        assertEquals(Optional.of(Path.of("/data/kws")), StartFolder.choose(List.of("/data/kws"), cwd, bundled, home));
        assertEquals(Optional.empty(), StartFolder.choose(List.of(), cwd, null, home));
        assertEquals(Optional.empty(), StartFolder.choose(List.of(), cwd, dir.resolve("missing"), home));
        Path local = Files.createDirectories(cwd.resolve("samples"));
        assertEquals(Optional.of(local), StartFolder.choose(List.of(), cwd, bundled, home));
        assertTrue(!Files.exists(home), "nothing copied when not needed");
    }

    @Test
    void theInstallerCarriesTheSamplesAndTellsTheAppWhereTheyAre() throws IOException {
        String script = Files.readString(Path.of("packaging/jpackage.sh"));
        assertTrue(script.contains("cp -r samples \"$input\"/samples"), "samples/ goes into the app's input (lib/app/samples)");
        assertTrue(script.contains("'-D" + StartFolder.BUNDLED + "=$APPDIR/samples'"), "the launcher passes the bundled folder");
    }
}
