package dev.dartboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dartboard dataset check|stats} end to end: JSON on stdout, exit codes, messages on stderr. */
class DatasetCommandsTest {
    @TempDir Path root;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private void wav(String rel, int samples) throws IOException {
        Path f = root.resolve(rel);
        Files.createDirectories(f.getParent());
        AudioFormat fmt = new AudioFormat(16000, 16, 1, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(new byte[samples * 2]), fmt, samples)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, f.toFile());
        }
    }

    /** yes: hank (validation) and leo (test); no: ivan (train); one noise file of 0.5 s. */
    private void tree() throws IOException {
        wav("yes/hank_nohash_0.wav", 16000);
        wav("yes/leo_nohash_0.wav", 8000);
        wav("no/ivan_nohash_0.wav", 16000);
        wav("_background_noise_/n.wav", 8000);
    }

    @Test
    void checkOfACleanSetExitsZero() throws IOException {
        tree();
        assertEquals(0, run("dataset", "check", root.toString()));
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertEquals(4, j.get("accepted").asInt());
        assertEquals("{\"train\":0,\"validation\":1,\"test\":1,\"total\":2}", j.get("labels").get("yes").toString());
        assertEquals("{\"train\":1,\"validation\":0,\"test\":0,\"total\":1}", j.get("labels").get("no").toString());
        assertEquals(0, j.get("rejected").size());
        assertTrue(err.toString().contains("4 accepted, 0 rejected"), err.toString());
    }

    @Test
    void checkListsRejectedFilesAndExitsOne() throws IOException {
        tree();
        Files.write(root.resolve("no/bad_nohash_0.wav"), new byte[] {1, 2, 3});
        assertEquals(1, run("dataset", "check", root.toString()));
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertEquals(4, j.get("accepted").asInt());
        assertEquals("no/bad_nohash_0.wav", j.get("rejected").get(0).get("file").asText());
        assertFalse(j.get("rejected").get(0).get("reason").asText().isBlank());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void missingFolderIsAUsageErrorNamingIt() {
        Path missing = root.resolve("nowhere");
        assertEquals(2, run("dataset", "check", missing.toString()));
        assertTrue(err.toString().contains(missing.toString()), err.toString());
        assertEquals("", out.toString());
        assertEquals(2, run("dataset", "stats", missing.toString()));
    }

    @Test
    void statsPrintsDurationsAndNoise() throws IOException {
        tree();
        assertEquals(0, run("dataset", "stats", root.toString()));
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertEquals(3, j.get("clips").asInt());
        assertEquals("{\"min\":500.0,\"mean\":833.3333333333334,\"max\":1000.0}", j.get("durationMs").toString());
        assertEquals("{\"16000\":4}", j.get("sampleRates").toString());
        assertEquals(0.5, j.get("backgroundNoise").get("totalSeconds").asDouble());
        assertEquals("_background_noise_/n.wav", j.get("backgroundNoise").get("files").get(0).get("file").asText());
    }
}
