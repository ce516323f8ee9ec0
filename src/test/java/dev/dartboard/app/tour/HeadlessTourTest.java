package dev.dartboard.app.tour;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.audio.WavReader;
import dev.dartboard.device.DetectionRule;
import dev.dartboard.device.HostPipeline;
import dev.dartboard.export.blob.BlobReader;
import dev.dartboard.quant.QuantModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The headless tour on samples/ with tiny settings (1 search epoch, 2 training epochs, the tape played as fast as
 * possible), no display needed: every step's line in order, the run folder holding what the output names, the
 * printed numbers those of the files, and the board's detections those the Java reference of the firmware predicts.
 */
class HeadlessTourTest {
    private static final TourSettings TINY = new TourSettings(1, 1, 4, 0, 1, 2, 0, "64k", "256k", "200ms");
    private static final Pattern HEARD = Pattern.compile("heard (\\S+)\\s+at\\s+([0-9.]+) s \\(int8 score\\s+(-?\\d+)\\)");
    @TempDir Path tmp;
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void theTourGoesFromSamplesToDetectionsOnTheSimulatedBoard() throws Exception {
        Path dir = tmp.resolve("tour");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = new HeadlessTour(Path.of("samples"), dir, TINY, new PrintStream(bytes, true, StandardCharsets.UTF_8), new StringWriter()).run();
        String out = bytes.toString(StandardCharsets.UTF_8);
        System.out.print(out);
        assertEquals(0, code, out);
        int at = 0;
        for (int n = 1; n <= HeadlessTour.STEPS; n++) {   // every step says what it did, in order
            int i = out.indexOf("[" + n + "/" + HeadlessTour.STEPS + "] ", at);
            assertTrue(i >= at, "step " + n + " missing or out of order:\n" + out);
            at = i;
        }
        assertTrue(out.contains("Done in ") && out.contains("Everything is in " + dir.toAbsolutePath()), out);

        // the files the output names are there
        JsonNode g = mapper.readTree(dir.resolve("search/genotype.json").toFile());
        Path arduino;
        try (Stream<Path> s = Files.list(dir.resolve("export/arduino"))) { arduino = s.findFirst().orElseThrow(); }
        for (String f : new String[]{"search/genotype.json", "model.float.json", "model.int8.json", "model.blob", "export/model.tflite",
                "export/c/", "export/model_card.md", "export/arduino/" + arduino.getFileName() + "/"}) {
            assertTrue(Files.exists(dir.resolve(f)), f);
            assertTrue(out.contains(f), "the output names " + f + ":\n" + out);
        }
        assertTrue(Files.isRegularFile(dir.resolve("export/c/model.c")) && Files.isRegularFile(arduino.resolve("library.properties")));
        assertTrue(g.get("sram").asLong() <= 64 * 1024 && g.get("flash").asLong() <= 256 * 1024 && g.get("latencyMs").asDouble() <= 200, g.toString());

        // the numbers printed are the run's: the chosen front end, the int8 accuracy of quantize's report
        assertTrue(out.contains("front end " + g.get("dataConfig").get("id").asText()), out);
        JsonNode quant = mapper.readTree(dir.resolve("quant.json").toFile());
        assertTrue(out.contains(String.format(Locale.ROOT, "→ int8 %.1f%% on %d test clips", 100 * quant.get("int8Accuracy").asDouble(),
                quant.get("n").asInt())), quant + "\n" + out);

        if (!HeadlessTour.simulatorMissing().isEmpty()) {
            assertTrue(out.contains("[7/8] flash to the board simulator: skipped, " + HeadlessTour.simulatorMissing()), out);
            return;
        }
        assertTrue(out.contains("[7/8] flash: ") && Files.size(dir.resolve("board/flash.img")) > 0, out);
        // the board's detections are the ones the Java model of the firmware (front end, int8 model, detection rule)
        // computes on the tape the simulator played, with the blob that was flashed
        QuantModel m = new BlobReader().read(Files.readAllBytes(dir.resolve("model.blob"))).model();
        float[] tape = new WavReader().read(dir.resolve("board/mic.wav"), m.dataConfig().sampleRate()).clip().samples();
        short[] pcm = new short[tape.length];
        for (int i = 0; i < tape.length; i++) pcm[i] = (short) Math.round(tape[i] * 32768f);
        List<DetectionRule.Detection> want = new HostPipeline(m).listen(pcm, DetectionRule.Config.defaults());
        List<String[]> got = new ArrayList<>();
        Matcher h = HEARD.matcher(out);
        while (h.find()) got.add(new String[]{h.group(1), h.group(2), h.group(3)});
        assertEquals(want.size(), got.size(), "detections, Java: " + want + "\n" + out);
        for (int i = 0; i < want.size(); i++) {
            assertEquals(want.get(i).name(), got.get(i)[0]);
            assertEquals(want.get(i).timeMs() / 1000.0, Double.parseDouble(got.get(i)[1]), 0.0051);
            assertTrue(Math.abs(want.get(i).score() - Integer.parseInt(got.get(i)[2])) <= 1, "score of detection " + i);
        }
        assertTrue(out.contains(want.size() + " detections)"), "the board's own count of the tape's detections:\n" + out);
    }

    @Test
    void aFolderHoldingARunIsNeverTouched() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("old"));
        Files.writeString(dir.resolve("model.float.json"), "{\"mine\": true}");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = new HeadlessTour(Path.of("samples"), dir, TINY, new PrintStream(bytes, true, StandardCharsets.UTF_8), new StringWriter()).run();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, out);
        assertTrue(out.contains(dir + " already holds a run"), out);
        assertEquals("{\"mine\": true}", Files.readString(dir.resolve("model.float.json")));
        try (Stream<Path> s = Files.list(dir)) { assertEquals(1, s.count(), "nothing written"); }
    }

    @Test
    void aFailedStepSaysWhichAndWhereItsFilesAre() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("no-clips"));
        Path dir = tmp.resolve("tour");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter progress = new StringWriter();
        int code = new HeadlessTour(empty, dir, TINY, new PrintStream(bytes, true, StandardCharsets.UTF_8), progress).run();
        String out = bytes.toString(StandardCharsets.UTF_8);
        System.out.print(out + progress);
        assertEquals(1, code, out);
        assertTrue(out.contains("[1/8] data: 0 clips"), out);
        assertTrue(out.contains("error: the tour stopped at step 2/8: dartboard search --data " + empty), out);
        assertTrue(progress.toString().contains("error: "), "the search's own reason, live on stderr: " + progress);
        assertTrue(out.contains("Stopped in ") && out.contains("Everything is in " + dir.toAbsolutePath()), out);
        assertFalse(Files.exists(dir.resolve("model.float.json")));
    }

    @Test
    void eachTourGetsAFolderOfItsOwn() throws Exception {
        Path a = HeadlessTour.newFolder(tmp), b = HeadlessTour.newFolder(tmp);
        assertFalse(a.equals(b));
        assertTrue(a.getFileName().toString().startsWith("tour-") && Files.isDirectory(a) && Files.isDirectory(b));
    }
}
