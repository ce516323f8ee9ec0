package dev.dartboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.Budget;
import dev.dartboard.model.Genotype;
import dev.dartboard.nas.cost.Costs;
import dev.dartboard.nas.pareto.ParetoFront;
import dev.dartboard.nas.pareto.ParetoJson;
import dev.dartboard.nas.pareto.ParetoPoint;
import dev.dartboard.run.GenotypeJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dartboard pareto prints the front; --pick of a point over budget exits 1 with one line and leaves genotype.json alone. */
class ParetoCommandTest {
    @TempDir Path run;
    final ObjectMapper json = new ObjectMapper();

    private int pareto(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = Main.withErrorHandler(Main.commandLine());
        cl.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void printsTheFrontAndRefusesAPointOverBudget() throws Exception {
        List<ParetoPoint> pts = List.of(
                new ParetoPoint(0, ParetoPoint.DECODED, 0.8, new Costs(90_000, 28_000, 70, 1, 1, Map.of()), true, Genotype.dscnnS()),
                new ParetoPoint(1, ParetoPoint.SAMPLE, 0.9, new Costs(99_000, 31_000, 75, 1, 1, Map.of()), false, Genotype.dscnnS()));
        new ParetoJson(json).write(run.resolve(ParetoJson.FILE),
                new ParetoFront("nano33ble", new Budget(30_000, 100_000, 80), pts, ParetoFront.nonDominated(pts), 0));
        Files.write(run.resolve("genotype.json"), json.writeValueAsBytes(GenotypeJson.of(Genotype.dscnnS())));
        byte[] before = Files.readAllBytes(run.resolve("genotype.json"));

        StringWriter out = new StringWriter(), err = new StringWriter();
        assertEquals(ExitCodes.OK, pareto(out, err, "pareto", "--run", run.toString()), err.toString());
        JsonNode shown = json.readTree(out.toString());
        assertEquals(List.of(0), List.of(shown.get("front").get(0).asInt()));
        assertEquals(2, shown.get("points").size());

        out = new StringWriter();
        err = new StringWriter();
        assertEquals(ExitCodes.FAILED, pareto(out, err, "pareto", "--run", run.toString(), "--pick", "1"));
        assertTrue(err.toString().startsWith("error: Pareto point 1 does not fit the budget"), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
        assertEquals("", out.toString());
        assertArrayEquals(before, Files.readAllBytes(run.resolve("genotype.json")));
    }
}
