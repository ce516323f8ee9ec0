package dev.dartboard.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.cli.EvalCommand;
import dev.dartboard.cli.TrainCommand;
import dev.dartboard.data.PreparedData;
import dev.dartboard.flow.DataStep;
import dev.dartboard.flow.Flows;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A detector of two words on samples/ trained three times with one seed: plain ({@code --operating-point off}), with a
 * fixed bias, and by default (chosen on validation). The biases differ by exactly the operating point; the default's
 * choice equals one recomputed from the plain model's validation logits; {@code eval} on validation reads the rates
 * metrics.json promised.
 */
class OperatingPointCliTest {
    private static final String CACHE = Path.of("target", "test-feature-cache").toString();
    @TempDir Path dir;
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aDetectorRunsAtTheBiasChosenOnItsValidationSplit() throws Exception {
        Path genotype = dir.resolve("tiny.json");
        Files.write(genotype, mapper.writeValueAsBytes(dev.dartboard.run.GenotypeJson.of(TrainerTest.tiny())));
        Path off = train(genotype, "off", "--operating-point", "off");
        Path fixed = train(genotype, "fixed", "--operating-point", "0.75");
        Path auto = train(genotype, "auto");

        float[] b0 = lastBias(off), b1 = lastBias(fixed), b2 = lastBias(auto);
        JsonNode point = mapper.readTree(auto.resolve("metrics.json").toFile()).get("operatingPoint");
        assertEquals("auto", point.get("setting").asText(), "two target words: a detector, chosen by default");
        double bias = point.get("bias").asDouble();
        for (int k = 0; k < b0.length; k++) {
            assertEquals(b0[k] + (k < 2 ? 0.75f : 0f), b1[k], 1e-6, "fixed bias on silence and unknown only, label " + k);
            assertEquals(b0[k] + (k < 2 ? (float) bias : 0f), b2[k], 1e-6, "chosen bias folded in, label " + k);
        }

        // the choice, recomputed from the plain model's validation logits with every other word of the split
        FloatModel plain = new RunStore(mapper).model(off);
        DataStep step = new DataStep(Path.of(CACHE), mapper);
        PreparedData all = step.allOtherWords().prepare(Path.of("samples"), plain.dataConfig(), List.of("yes", "no"), 1);
        Evaluator.Scores s = new Evaluator(all).scores(plain, Split.VALIDATION);
        OperatingPoint.Choice c = OperatingPoint.choose(s.truth(), s.logits(), OperatingPoint.Targets.defaults());
        assertEquals(c.bias(), bias, 1e-12);

        // eval's detection on the validation split (a confusion over the same clips) reads what metrics.json promised
        JsonNode eval = exec(new EvalCommand(), "--data", "samples", "--run", auto.toString(), "--split", "validation",
                "--cache", CACHE);
        JsonNode d = eval.get("detection");
        JsonNode after = point.get("validationAfter");
        assertEquals(after.get("rejection").asDouble(), d.get("rejectedShare").asDouble(), 1e-12);
        assertEquals(after.get("detection").asDouble(),
                (d.get("detected").get("yes").asDouble() + d.get("detected").get("no").asDouble()) / 2, 1e-12);
        assertEquals(after.get("otherWords").asInt(), d.get("otherWords").asInt());
    }

    @Test
    void aBadOperatingPointIsAUsageErrorNamingTheOption() {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new TrainCommand());
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("--data", dir.resolve("absent").toString(), "--operating-point", "loud", "--out", dir.resolve("r").toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("--operating-point: 'loud' is not auto, off or a bias"), err.toString());
    }

    private Path train(Path genotype, String name, String... extra) throws Exception {
        Path run = dir.resolve(name);
        String[] base = {"--data", "samples", "--genotype", genotype.toString(), "--words", "yes,no", "--epochs", "2",
                "--batch", "32", "--seed", "1", "--cache", CACHE, "--out", run.toString()};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra)).toArray(String[]::new);
        exec(new TrainCommand(), args);
        return run;
    }

    private float[] lastBias(Path run) throws Exception {
        FloatModel m = new RunStore(mapper).model(run);
        return m.ops().get(m.ops().size() - 1).bias();
    }

    private JsonNode exec(Object command, String... args) throws Exception {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        assertEquals(0, code, err.toString());
        return mapper.readTree(out.toString());
    }
}
