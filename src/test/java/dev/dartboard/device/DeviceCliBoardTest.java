package dev.dartboard.device;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.audio.PcmClip;
import dev.dartboard.audio.WavWriter;
import dev.dartboard.cli.DeviceTestCommand;
import dev.dartboard.cli.FlashCommand;
import dev.dartboard.cli.MonitorCommand;
import dev.dartboard.export.blob.BlobWriter;
import dev.dartboard.quant.Int8Interpreter;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** flash --run, device test (--features, --data, --data --pcm) and monitor through picocli against the simulator. */
class DeviceCliBoardTest {
    @TempDir Path dir;
    private final QuantModel model = TestModels.quantized(TestModels.dsCnnS(30, 12));

    @Test
    void flashRunWithoutAQuantizedModelSaysSo() throws Exception {
        Path run = Files.createDirectories(dir.resolve("run1"));
        Files.writeString(run.resolve("model.float.json"), "{}");
        String[] err = new String[1];
        assertEquals(1, execute(new FlashCommand(), err, "--port", "/dev/null", "--run", run.toString()));
        assertTrue(err[0].contains("no quantized model yet") && err[0].contains("model.blob"), err[0]);
    }

    @Test
    void flashRunThenDeviceTestOnFeaturesAgreesWithInt8Interpreter() throws Exception {
        Path run = Files.createDirectories(dir.resolve("run2"));
        Path blob = Files.write(run.resolve(FlashCommand.RUN_BLOB), new BlobWriter().write(model));
        List<float[]> rows = TestModels.inputs(31, 25, 490);
        ByteBuffer b = ByteBuffer.allocate(25 * 490 * 4).order(ByteOrder.LITTLE_ENDIAN);
        rows.forEach(r -> { for (float v : r) b.putFloat(v); });
        Path features = Files.write(dir.resolve("x.f32"), b.array());
        try (SimRig rig = new SimRig(dir).start()) {
            String port = rig.portB().toString();
            run(new FlashCommand(), "--port", port, "--run", run.toString(), "--simulator");
            JsonNode r = run(new DeviceTestCommand(), "--port", port, "--model", blob.toString(), "--features", features.toString(), "--simulator");
            assertEquals(25, r.get("samples").asInt());
            assertEquals(25, r.get("agreeTop1").asInt());
            assertEquals(25, r.get("sameLogits").asInt());
            assertEquals(0, r.get("labelled").asInt());
        }
    }

    @Test
    void deviceTestOnADataFolderReportsAccuracyLikeTheReference() throws Exception {
        Path data = dir.resolve("data");
        Random rnd = new Random(5);
        for (String word : List.of("word2", "word3", "cat"))
            for (String spk : List.of("aa01", "bb02", "cc03", "dd04", "ee05", "ff06", "gg07", "hh08", "ii09", "jj10"))
                wav(data.resolve(word + "/" + spk + "_nohash_0.wav"), rnd);
        QuantModel four = TestModels.quantized(TestModels.dsCnnS(32, 4)); // _silence_, _unknown_, word2, word3
        Path blob = Files.write(dir.resolve("m.blob"), new BlobWriter().write(four));
        try (SimRig rig = new SimRig(dir).start()) {
            String port = rig.portB().toString();
            run(new FlashCommand(), "--port", port, "--model", blob.toString(), "--simulator");
            JsonNode r = run(new DeviceTestCommand(), "--port", port, "--model", blob.toString(), "--data", data.toString(),
                    "--split", "TRAIN", "--cache", dir.resolve("cache").toString(), "--simulator");
            int n = r.get("samples").asInt();
            assertTrue(n > 10, "samples " + n);
            assertEquals(n, r.get("labelled").asInt());
            assertEquals(n, r.get("sameLogits").asInt());
            assertEquals(r.get("correctReference").asInt(), r.get("correctBoard").asInt());
            JsonNode pcm = run(new DeviceTestCommand(), "--port", port, "--model", blob.toString(), "--data", data.toString(), "--pcm",
                    "--split", "TRAIN", "--cache", dir.resolve("cache").toString(), "--simulator");
            assertEquals(n, pcm.get("samples").asInt(), "the same clips as PCM");
            assertEquals(n, pcm.get("labelled").asInt());
            assertTrue(pcm.get("agreeTop1").asInt() >= n - 1, "board front end + model vs Java pipeline: " + pcm);
        }
    }

    @Test
    void monitorPrintsLogsAndDetectionsAsJsonLines() throws Exception {
        Path blob = Files.write(dir.resolve("m.blob"), new BlobWriter().write(model));
        try (SimRig rig = new SimRig(dir).start("--chatter", "100")) {
            String port = rig.portB().toString();
            run(new FlashCommand(), "--port", port, "--model", blob.toString(), "--simulator");
            StringWriter out = new StringWriter();
            CommandLine cl = new CommandLine(new MonitorCommand());
            cl.setOut(new PrintWriter(out));
            assertEquals(0, cl.execute("--port", port, "--model", blob.toString(), "--duration-ms", "1200"));
            String[] lines = out.toString().split("\n");
            int logs = 0, detections = 0;
            for (String line : lines) {
                JsonNode e = new ObjectMapper().readTree(line);
                if (e.get("kind").asText().equals("log")) { logs++; assertTrue(e.get("text").asText().startsWith("info: tick ")); continue; }
                detections++;
                int tick = (int) (e.get("boardMs").asLong() / 100);
                int expected = Int8Interpreter.argmax(new Int8Interpreter(model).logits(SimChatterInput.of(tick, 490)));
                assertEquals(expected, e.get("label").asInt(), "the simulator's detection is the reference's top-1");
                assertEquals(model.labels().get(expected), e.get("labelName").asText());
            }
            assertTrue(logs >= 5 && detections >= 5, logs + " logs, " + detections + " detections");
        }
    }

    private static void wav(Path file, Random rnd) throws Exception {
        float[] s = new float[16000];
        for (int i = 0; i < s.length; i++) s[i] = (float) (0.3 * Math.sin(i * (0.01 + rnd.nextDouble() * 0.001)) + 0.05 * rnd.nextGaussian());
        Files.createDirectories(file.getParent());
        new WavWriter().write(file, new PcmClip(s, 16000));
    }

    private static JsonNode run(Object command, String... args) throws Exception {
        String[] err = new String[1];
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        StringWriter e = new StringWriter();
        cl.setErr(new PrintWriter(e));
        assertEquals(0, cl.execute(args), out + "\n" + e);
        return new ObjectMapper().readTree(out.toString());
    }

    private static int execute(Object command, String[] err, String... args) {
        CommandLine cl = new CommandLine(command);
        StringWriter e = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(e, true));
        int rc = cl.execute(args);
        err[0] = e.toString();
        return rc;
    }
}
