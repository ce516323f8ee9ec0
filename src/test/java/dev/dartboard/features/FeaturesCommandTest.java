package dev.dartboard.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.cli.Main;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dartboard features} end to end through the picocli tree, against {@link FeatureExtractor}. */
class FeaturesCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void printsTheFeaturesOfAWavAsJson() throws Exception {
        short[] pcm = tone(8000, 6000);
        Path wav = writeWav(pcm, 8000);
        int code = run("features", "--sample-rate", "8000", "--clip-ms", "1000", "--window-ms", "25",
                "--hop-ms", "12.5", "--type", "log-mel", "--mel-bins", "20", wav.toString());
        assertEquals(0, code, err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        DataConfig c = new DataConfig(8000, FeatureType.LOG_MEL, 25, 12.5, 20, 0, 1000);
        assertEquals(wav.toString(), json.get("file").asText());
        assertEquals(c.id(), json.get("config").get("id").asText());
        assertEquals(200, json.get("config").get("winSamples").asInt());
        assertEquals(c.frames(), json.get("shape").get(0).asInt());
        assertEquals(20, json.get("shape").get(1).asInt());
        assertEquals(c.frames(), json.get("data").size());
        float[][] expected = new FeatureExtractor(c).extract(floats(pcm));
        for (int t : new int[]{0, 30, c.frames() - 1})
            for (int j : new int[]{0, 7, 19})
                assertEquals(expected[t][j], json.get("data").get(t).get(j).floatValue(), 1e-6, t + "," + j);
        assertTrue(json.get("notes").get(0).asText().contains("zero-padded"), json.get("notes").toString());
    }

    @Test
    void defaultsAreDataConfigDefaults() throws Exception {
        Path wav = writeWav(tone(16000, 16000), 16000);
        assertEquals(0, run("features", wav.toString()), err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        DataConfig d = DataConfig.defaults();
        assertEquals(d.id(), json.get("config").get("id").asText());
        assertEquals(49, json.get("shape").get(0).asInt());
        assertEquals(10, json.get("shape").get(1).asInt());
        assertEquals(0, json.get("notes").size());
        float[][] expected = new FeatureExtractor(d).extract(floats(tone(16000, 16000)));
        assertEquals(expected[20][3], json.get("data").get(20).get(3).floatValue(), 1e-6);
    }

    @Test
    void impossibleConfigIsAUsageError() throws Exception {
        Path wav = writeWav(tone(16000, 1600), 16000);
        assertEquals(2, run("features", "--mel-bins", "20", "--coeffs", "30", wav.toString()));
        assertTrue(err.toString().contains("MFCC coefficients must be in 1..20"), err.toString());
        assertEquals(2, run("features", "--type", "spectrogram", wav.toString()));
        assertTrue(err.toString().contains("unknown feature type"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void unreadableWavIsOneLineOnStderr() throws Exception {
        Path junk = dir.resolve("junk.wav");
        Files.write(junk, new byte[]{1, 2, 3});
        assertEquals(1, run("features", junk.toString()));
        String line = err.toString().strip();   // the reason's wording belongs to WavReader
        assertTrue(line.startsWith("error: " + junk + ": ") && line.length() > ("error: " + junk + ": ").length(), line);
        assertEquals(1, line.lines().count(), line);
        Path missing = dir.resolve("missing.wav");
        assertEquals(1, run("features", missing.toString()));
        assertTrue(err.toString().contains("error: " + missing + ": no such file"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertEquals("", out.toString());
    }

    private static short[] tone(int sr, int n) {
        short[] s = new short[n];
        for (int i = 0; i < n; i++) s[i] = (short) Math.round(8000 * Math.sin(2 * Math.PI * 523.25 * i / sr));
        return s;
    }

    private static float[] floats(short[] pcm) {
        float[] f = new float[pcm.length];
        for (int i = 0; i < f.length; i++) f[i] = pcm[i] / 32768f;
        return f;
    }

    private Path writeWav(short[] pcm, int sr) throws Exception {
        ByteBuffer b = ByteBuffer.allocate(pcm.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short v : pcm) b.putShort(v);
        AudioFormat f = new AudioFormat(sr, 16, 1, true, false);
        Path p = dir.resolve("clip-" + sr + "-" + pcm.length + ".wav");
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(b.array()), f, pcm.length),
                AudioFileFormat.Type.WAVE, p.toFile());
        return p;
    }
}
