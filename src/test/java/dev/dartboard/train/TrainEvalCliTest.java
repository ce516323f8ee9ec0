package dev.dartboard.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.cli.EvalCommand;
import dev.dartboard.cli.TrainCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** train then eval on samples/ through picocli: clean JSON on stdout, the run folder, eval's numbers match metrics.json. */
class TrainEvalCliTest {
    @TempDir Path dir;
    private final ObjectMapper mapper = new ObjectMapper();

    private static final String CACHE = Path.of("target", "test-feature-cache").toString();

    /** {@code train} of the tiny genotype on samples/ for 2 epochs into {@code run}, with {@code options} added. */
    private Result trainTiny(Path run, String... options) throws Exception {
        Path genotype = dir.resolve("tiny.json");
        Files.write(genotype, mapper.writeValueAsBytes(dev.dartboard.run.GenotypeJson.of(TrainerTest.tiny())));
        List<String> args = new ArrayList<>(List.of("--data", "samples", "--genotype", genotype.toString(), "--epochs", "2",
                "--batch", "32", "--cache", CACHE, "--out", run.toString()));
        args.addAll(List.of(options));
        return exec(new TrainCommand(), args.toArray(String[]::new));
    }

    @Test
    void trainWritesARunThatEvalReads() throws Exception {
        Path run = dir.resolve("run");
        Result t = trainTiny(run);
        assertEquals(0, t.code, t.err);
        JsonNode summary = mapper.readTree(t.out);
        assertEquals("tiny", summary.get("genotype").asText());
        assertEquals(6, summary.get("labels").size());
        for (String f : new String[]{"genotype.json", "labels.json", "model.float.json", "metrics.json"})
            assertTrue(Files.isRegularFile(run.resolve(f)), f);
        Result e = exec(new EvalCommand(), "--data", "samples", "--run", run.toString(), "--split", "test", "--float", "--cache", CACHE);
        assertEquals(0, e.code, e.err);
        JsonNode eval = mapper.readTree(e.out);
        JsonNode metrics = mapper.readTree(run.resolve("metrics.json").toFile());
        assertEquals(metrics.get("accuracy").asDouble(), eval.get("accuracy").asDouble(), 1e-12, "same model, same test clips");
        assertEquals(metrics.get("n").asInt(), eval.get("n").asInt());
        assertEquals(6, eval.get("confusion").size());
        assertTrue(eval.get("perClass").has("_unknown_"));
        Result q = exec(new EvalCommand(), "--data", "samples", "--run", run.toString(), "--int8", "--cache", CACHE);
        assertEquals(0, q.code, q.err);
        assertEquals(eval.get("n").asInt(), mapper.readTree(q.out).get("n").asInt(), "int8 on the same test clips");
        assertTrue(Files.isRegularFile(run.resolve("model.int8.json")), "quantized on demand");
        assertEquals("SHIFT", metrics.get("config").get("augment").asText(), "feature time shift by default");
        assertEquals("ADAM", metrics.get("config").get("optimizer").asText(), "Adam by default");
    }

    @Test
    void bestOfTwoKeepsTheBetterTrainingAndRecordsTheRunsSeed() throws Exception {
        Path run = dir.resolve("run2");
        Result t = trainTiny(run, "--seed", "7", "--best-of", "2");
        assertEquals(0, t.code, t.err);
        assertTrue(t.err.contains("training 1 of 2 (seed 7)") && t.err.contains("training 2 of 2 (seed 1007)"), t.err);
        JsonNode metrics = mapper.readTree(run.resolve("metrics.json").toFile());
        assertEquals(7, metrics.get("seed").asLong(), "the run's seed drew its data: quantize and eval draw it again");
        JsonNode trainings = metrics.get("bestOf").get("trainings");
        assertEquals(2, trainings.size());
        assertEquals(1007, trainings.get(1).get("seed").asLong());
        int kept = metrics.get("bestOf").get("kept").asInt();
        assertTrue(trainings.get(kept).get("validation").asDouble() >= trainings.get(1 - kept).get("validation").asDouble());
        assertEquals(trainings.get(kept).get("validation").asDouble(), metrics.get("bestValAccuracy").asDouble(), 1e-12);
        assertEquals(mapper.readTree(t.out).get("bestOf"), metrics.get("bestOf"), "the summary says it too");
        Result e = exec(new EvalCommand(), "--data", "samples", "--run", run.toString(), "--split", "test", "--float", "--cache", CACHE);
        assertEquals(0, e.code, e.err);
        assertEquals(metrics.get("accuracy").asDouble(), mapper.readTree(e.out).get("accuracy").asDouble(), 1e-12, "the kept model on the same test clips");
        Result bad = exec(new TrainCommand(), "--data", "samples", "--best-of", "0", "--out", dir.resolve("run3").toString());
        assertEquals(2, bad.code);
        assertTrue(bad.err.contains("best-of must be 1..10 trainings: 0"), bad.err);
    }

    @Test
    void anUnknownAugmentationIsRefusedBeforeTheDataStep() {
        Result t = exec(new TrainCommand(), "--data", dir.resolve("absent").toString(), "--augment", "loud", "--out", dir.resolve("run").toString());
        assertTrue(t.code != 0);
        assertTrue(t.err.contains("unknown augmentation 'loud': use none, shift, audio or audio+speed"), t.err);
    }

    private record Result(int code, String out, String err) { }

    private static Result exec(Object command, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
