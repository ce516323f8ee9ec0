package dev.dartboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.io.AtomicFiles;
import dev.dartboard.sweep.Grid;
import dev.dartboard.sweep.GridFile;
import dev.dartboard.sweep.GridPoint;
import dev.dartboard.sweep.PointRunner;
import dev.dartboard.sweep.SweepEngine;
import dev.dartboard.sweep.SweepEngines;
import dev.dartboard.sweep.SweepMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code dartboard sweep}: every point of a grid file (boards × budgets × seeds × spaces × front-end bounds,
 * {@link GridFile}) searched as one Spark task ({@link SweepEngines}), each into its own run folder
 * {@code OUT/points/<id>/} ({@link SweepPointRunner}), merged into {@code OUT/sweep.json} ({@link SweepMerge}).
 * Every point is checked before Spark starts (exit 2 naming the point and option). {@code OUT/sweep-grid.json}
 * keeps the points: running again on the same OUT with the same grid continues (finished points are kept,
 * interrupted ones resumed); another grid is refused (exit 2). Spark missing: exit 1 with
 * {@link SweepEngines#MISSING}. Prints a JSON summary on stdout.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run a grid of searches (boards × budgets × seeds × spaces × front ends) as Spark tasks and merge their Pareto fronts.")
public final class SweepCommand implements Callable<Integer> {
    static final String POINTS_FILE = "sweep-grid.json";
    @Spec CommandSpec spec;
    @Option(names = "--grid", required = true, paramLabel = "FILE", description = "Grid file (JSON; see README, \"Sweeps\").") Path grid;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Sweep folder on a path every executor shares.") Path out;
    @Option(names = "--master", paramLabel = "URL", description = "Spark master: local[N] (embedded), spark://HOST:PORT, yarn, … "
            + "(default: spark-submit's, else local[*]).") String master;
    @Option(names = "--attempts", defaultValue = "3", paramLabel = "N", description = "Tries per point before the sweep fails (default ${DEFAULT-VALUE}).") int attempts;

    private final PointRunner runner;

    public SweepCommand() { this(new SweepPointRunner()); }

    /** With another point runner (tests wrap {@link SweepPointRunner}). */
    public SweepCommand(PointRunner runner) { this.runner = runner; }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (attempts < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--attempts: must be at least 1, got " + attempts);
        Grid g;
        try {
            g = new GridFile().read(grid);
        } catch (java.io.IOException e) {
            err.println("error: " + Main.describe(e));
            return ExitCodes.USAGE;
        }
        List<GridPoint> points = g.points();
        for (GridPoint p : points) {
            try {
                runner.check(p);
            } catch (IllegalArgumentException e) {
                err.println("error: " + grid + ": point " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        Path dir = out.toAbsolutePath().normalize();
        ObjectMapper json = new ObjectMapper();
        byte[] saved = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(points);
        Path pointsFile = dir.resolve(POINTS_FILE);
        if (Files.isRegularFile(pointsFile) && !json.readTree(pointsFile.toFile()).equals(json.readTree(saved))) {
            err.println("error: " + dir + " holds a sweep of another grid (" + pointsFile + "): choose another --out");
            return ExitCodes.USAGE;
        }
        SweepEngine engine = SweepEngines.spark(getClass().getClassLoader());
        AtomicFiles.write(pointsFile, saved);
        err.println("sweep: " + points.size() + " points, run folders under " + dir.resolve("points"));
        long t0 = System.nanoTime();
        List<String> runs = engine.run(points, dir.toString(), runner, master, attempts);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> doc = new SweepMerge(json).write(dir, grid, engine.master(), seconds, points, runs);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("sweep", dir.resolve(SweepMerge.FILE).toString());
        summary.put("master", engine.master());
        summary.put("runs", runs.size());
        summary.put("points", ((List<?>) doc.get("points")).size());
        summary.put("front", doc.get("front"));
        summary.put("seconds", doc.get("seconds"));
        Json.print(spec.commandLine().getOut(), summary);
        return ExitCodes.OK;
    }
}
