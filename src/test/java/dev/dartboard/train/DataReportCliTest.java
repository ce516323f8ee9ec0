package dev.dartboard.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.audio.WavBytes;
import dev.dartboard.cli.Main;
import dev.dartboard.run.GenotypeJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17 item 3 through {@code dartboard train}: the files the data step left out are named on one stderr line
 * and listed with their reasons in RUN/data-report.json (before, only the feature cache's index knew them).
 */
class DataReportCliTest {
    @TempDir Path dir;
    private final ObjectMapper mapper = new ObjectMapper();

    private void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static byte[] tone(int frames, double step) {
        short[] s = new short[frames];
        for (int i = 0; i < frames; i++) s[i] = (short) (4000 * Math.sin(i * step));
        return new WavBytes().fmt(1, 1, 16000, 16).data(WavBytes.pcm16(s)).build();
    }

    @Test
    void trainNamesTheFilesItLeftOutOnStderrAndInTheRunFolder() throws IOException {
        Path data = dir.resolve("data");
        for (String sp : List.of("anna", "bert", "carl", "dora", "emil", "finn")) {
            write(data.resolve("yes/" + sp + "_nohash_0.wav"), tone(16000, 0.05));
            write(data.resolve("no/" + sp + "_nohash_0.wav"), tone(16000, 0.2));
        }
        write(data.resolve("yes/junk_nohash_0.wav"), new byte[] {'R', 'I', 'F', 'F', 1, 2, 3});
        write(data.resolve("no/tiny_nohash_0.wav"), tone(8, 0.2));
        Files.createSymbolicLink(data.resolve("no/gone_nohash_0.wav"), data.resolve("nowhere.wav"));
        Path genotype = dir.resolve("tiny.json");
        Files.write(genotype, mapper.writeValueAsBytes(GenotypeJson.of(TrainerTest.tiny())));
        Path run = dir.resolve("run");
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("train", "--data", data.toString(), "--genotype", genotype.toString(), "--epochs", "1",
                "--batch", "8", "--cache", dir.resolve("cache").toString(), "--out", run.toString());
        assertEquals(0, code, err.toString());
        Path report = run.resolve("data-report.json");
        List<String> lines = err.toString().lines().filter(l -> l.startsWith("data: ")).toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("data: 2 files rejected, 1 skipped, ") && lines.get(0).endsWith("see " + report), lines.get(0));
        JsonNode j = mapper.readTree(report.toFile());
        assertEquals(data.toAbsolutePath().normalize().toString(), j.get("data").asText());
        List<String> rejected = new ArrayList<>();
        j.get("rejected").forEach(i -> rejected.add(i.get("file").asText() + " | " + i.get("reason").asText()));
        assertEquals(2, rejected.size(), rejected.toString());
        assertTrue(rejected.get(0).startsWith("no/tiny_nohash_0.wav | clip is 0.50 ms (8 samples), shorter than one analysis window"), rejected.toString());
        assertTrue(rejected.get(1).startsWith("yes/junk_nohash_0.wav | ") && !rejected.get(1).contains(data.toString()), rejected.toString());
        assertEquals("no/gone_nohash_0.wav", j.get("skipped").get(0).get("file").asText());
        assertTrue(j.get("skipped").get(0).get("reason").asText().startsWith("broken link"), j.toString());
    }
}
