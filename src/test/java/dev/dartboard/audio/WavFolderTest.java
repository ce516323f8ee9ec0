package dev.dartboard.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the data package will do with a folder holding one corrupt file among good ones: every
 * file is attempted, and the exception of the bad one carries its path and reason.
 */
class WavFolderTest {
    @TempDir Path dir;

    @Test
    void theCorruptFileIsReportedByPathAndReasonWhileTheOthersAreRead() throws IOException {
        WavWriter writer = new WavWriter();
        for (String name : List.of("a.wav", "b.wav", "d.wav"))
            writer.write(dir.resolve(name), new PcmClip(new float[] {0.5f, -0.5f}, 16000));
        Files.write(dir.resolve("c.wav"), "ID3 this is an mp3 renamed".getBytes());

        WavReader reader = new WavReader();
        List<String> read = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir).sorted()) {
            for (Path f : files.toList()) {
                try {
                    reader.read(f, 16000);
                    read.add(f.getFileName().toString());
                } catch (WavException e) {
                    refused.add(e.file().getFileName() + " | " + e.reason());
                }
            }
        }
        assertEquals(List.of("a.wav", "b.wav", "d.wav"), read);
        assertEquals(List.of("c.wav | not a RIFF/WAVE file"), refused);
    }
}
