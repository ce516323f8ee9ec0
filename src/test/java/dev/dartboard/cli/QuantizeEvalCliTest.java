package dev.dartboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.data.Batch;
import dev.dartboard.data.BatchIterator;
import dev.dartboard.data.BatchOptions;
import dev.dartboard.data.PreparedData;
import dev.dartboard.export.TrainedRun;
import dev.dartboard.model.Split;
import dev.dartboard.quant.Int8Interpreter;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.QuantModelStore;
import dev.dartboard.train.RunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;

import static org.junit.jupiter.api.Assertions.*;

/** quantize and eval --int8 on a run trained on samples/, against independent computations. */
class QuantizeEvalCliTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void evalInt8QuantizesAMissingModelAndMatchesTheInterpreter() throws Exception {
        Path run = Path.of("target", "test-runs", "eval-int8");
        copy(TrainedRun.trained(), run);
        JsonNode e = mapper.readTree(TrainedRun.exec(new EvalCommand(), "--data", "samples", "--run", run.toString(), "--int8",
                "--cache", TrainedRun.CACHE));
        assertTrue(Files.isRegularFile(run.resolve(QuantModelStore.MODEL)), "quantized on demand");
        assertEquals("int8", e.get("model").asText());
        int[][] expected = confusionByHand(run);
        assertEquals(mapper.valueToTree(expected), e.get("confusion"), "Int8Interpreter over BatchIterator's test rows");
        int n = Arrays.stream(expected).flatMapToInt(Arrays::stream).sum(), ok = 0;
        for (int i = 0; i < expected.length; i++) ok += expected[i][i];
        assertEquals(n, e.get("n").asInt());
        assertEquals((double) ok / n, e.get("accuracy").asDouble(), 1e-12);
        assertEquals(6, e.get("perClass").size());
        // detection judges every other-word clip of the test split, counted here from the files themselves
        java.util.List<String> targets = new RunStore(mapper).labels(run).targets();
        long others = new dev.dartboard.data.DatasetScanner(new dev.dartboard.data.SpeakerSplit()).scan(Path.of("samples"))
                .clips().stream().filter(c -> c.split() == dev.dartboard.model.Split.TEST && !targets.contains(c.word())).count();
        JsonNode d = e.get("detection");
        assertEquals(others, d.get("otherWords").asLong());
        assertTrue(others > e.get("perClass").get("_unknown_").get("support").asLong(), "more than the sampled unknown share");
        int rejected = d.get("rejected").asInt(), accepted = 0;
        for (JsonNode fa : d.get("falseAccepts")) accepted += fa.asInt();
        assertEquals(others, rejected + accepted, "every other word is rejected or accepted as a keyword");
    }

    @Test
    void quantizeReportsFloatAccuracyEqualToTraining() throws Exception {
        Path run = TrainedRun.quantized();
        JsonNode report = mapper.readTree(run.resolve(QuantModelStore.REPORT).toFile());
        JsonNode metrics = mapper.readTree(run.resolve(RunStore.METRICS).toFile());
        assertEquals(metrics.get("accuracy").asDouble(), report.get("floatAccuracy").asDouble(), 1e-12, "FloatForward vs the trainer's evaluator");
        assertEquals(metrics.get("n").asInt(), report.get("n").asInt());
        assertEquals(report.get("int8Accuracy").asDouble(), report.get("int8").get("accuracy").asDouble(), 1e-12);
        assertTrue(report.get("argmaxAgreement").asDouble() >= 0.9, "float and int8 mostly agree: " + report);
        int rows = report.get("calibrationRows").asInt();
        assertTrue(rows >= 100 && rows <= 300, "every cached training clip of samples/, at most 300: " + rows);
    }

    /** {@code flash --run RUN} uploads RUN/model.blob: it must hold the very model of model.int8.json. */
    @Test
    void quantizeWritesTheFlashableBlobOfTheSameModel() throws Exception {
        Path run = TrainedRun.quantized();
        dev.dartboard.quant.QuantModel q = new QuantModelStore(mapper).load(run);
        dev.dartboard.quant.QuantModel fromBlob = new dev.dartboard.export.blob.BlobReader()
                .read(Files.readAllBytes(run.resolve(FlashCommand.RUN_BLOB))).model();
        dev.dartboard.quant.Int8Interpreter a = new dev.dartboard.quant.Int8Interpreter(q);
        dev.dartboard.quant.Int8Interpreter b = new dev.dartboard.quant.Int8Interpreter(fromBlob);
        java.util.Random r = new java.util.Random(5);
        int n = q.inputShape()[0] * q.inputShape()[1] * q.inputShape()[2];
        for (int k = 0; k < 5; k++) {
            byte[] x = new byte[n];
            r.nextBytes(x);
            org.junit.jupiter.api.Assertions.assertArrayEquals(a.logits(x), b.logits(x));
        }
    }

    @Test
    void aRunWithoutAModelIsRefusedByName(@TempDir Path empty) {
        for (Object cmd : new Object[]{new EvalCommand(), new QuantizeCommand()}) {
            StringWriter err = new StringWriter();
            CommandLine cl = new CommandLine(cmd);
            cl.setErr(new PrintWriter(err));
            String[] args = cmd instanceof EvalCommand ? new String[]{"--data", "samples", "--run", empty.toString(), "--int8"}
                    : new String[]{"--data", "samples", "--run", empty.toString()};
            assertEquals(ExitCodes.FAILED, cl.execute(args));
            assertTrue(err.toString().contains("RUN has no trained model: run dartboard train first"), err.toString());
            assertTrue(err.toString().contains(empty.resolve("model.float.json").toString()), err.toString());
        }
    }

    /** [true][predicted] of Int8Interpreter on the test split, rows read through the training batch iterator. */
    private int[][] confusionByHand(Path run) throws Exception {
        QuantModel q = new QuantModelStore(mapper).load(run);
        PreparedData d = new dev.dartboard.flow.DataStep(Path.of(TrainedRun.CACHE), mapper).preparer().prepare(Path.of("samples"), q.dataConfig(),
                new RunStore(mapper).labels(run).targets(), 1);
        Int8Interpreter int8 = new Int8Interpreter(q);
        int[][] c = new int[q.labels().size()][q.labels().size()];
        int len = d.table().rowLength();
        for (BatchIterator it = d.batches(Split.TEST, new BatchOptions(64, BatchOptions.Layout.NHWC, BatchOptions.Labels.INDEX, false, 0), 0); it.hasNext(); ) {
            Batch b = it.next();
            float[] x = b.features().dup('c').data().asFloat();
            int[] truth = b.labels().toIntVector();
            for (int i = 0; i < b.size(); i++) c[truth[i]][int8.predict(Arrays.copyOfRange(x, i * len, (i + 1) * len))]++;
        }
        return c;
    }

    private static void copy(Path from, Path to) throws Exception {
        if (Files.exists(to))
            try (var w = Files.walk(to)) { w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
        Files.createDirectories(to);
        for (String f : new String[]{RunStore.GENOTYPE, RunStore.LABELS, RunStore.MODEL, RunStore.METRICS})
            Files.copy(from.resolve(f), to.resolve(f));
    }
}
