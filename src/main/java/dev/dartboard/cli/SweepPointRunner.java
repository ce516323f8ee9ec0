package dev.dartboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dartboard.io.AtomicFiles;
import dev.dartboard.model.Primitive;
import dev.dartboard.model.SearchSpace;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.SearchSpaceFile;
import dev.dartboard.nas.SpacePresets;
import dev.dartboard.run.RunFolder;
import dev.dartboard.sweep.GridPoint;
import dev.dartboard.sweep.PointRunner;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One sweep point, run in-process exactly as {@code dartboard search} (and {@code train}) would run it from the
 * command line: the point becomes the CLI's arguments and {@link SearchCommand} runs them, so the run folder
 * {@code SWEEP/points/<id>/} equals that of a single {@code search} with the same options (same seed, same
 * {@code --threads}: the same result). The one place the sweep reaches the search: when the use-case layer
 * ({@code dev.dartboard.flow}) lands, this class calls it instead.
 *
 * <p>Idempotent across attempts (Spark retries a failed task): a point whose {@code <id>.done.json} exists is
 * returned at once; a run folder holding an interrupted search is continued with {@code search --resume}; an
 * unfinished training is replaced ({@code train --force}). Files beside the run folder: {@code <id>.log} (the
 * commands' stderr, appended per attempt), {@code <id>.space.json} (the point's space when it has front-end
 * bounds) and {@code <id>.done.json} ({@code id}, {@code run}, {@code attempts}, {@code search}: the search's
 * JSON summary, {@code train}: the training's or null), written last. Without {@code --threads} in the grid a
 * point's search runs on one native thread (the sweep's parallelism is its tasks).
 */
public final class SweepPointRunner implements PointRunner {
    private static final long serialVersionUID = 1L;

    /** {@code SWEEP/points/<id>}: the point's run folder. */
    public static Path runFolder(Path sweepDir, String id) { return sweepDir.resolve("points").resolve(id); }

    /** {@code SWEEP/points/<id>.done.json}: written when the point is complete. */
    public static Path doneFile(Path sweepDir, String id) { return sweepDir.resolve("points").resolve(id + ".done.json"); }

    @Override
    public void check(GridPoint p) {
        try {
            new BoardProfiles().load(p.board());
            if (!p.space().endsWith(".json")) SpacePresets.named(p.space(), 1);
            new CommandLine(new SearchCommand()).parseArgs(searchArgs(p, Path.of("/sweep-check"), Path.of("/space.json"), false).toArray(String[]::new));
            if (p.trainArgs() != null)
                new CommandLine(new TrainCommand()).parseArgs(trainArgs(p, Path.of("/sweep-check"), false).toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException(p.id() + ": " + Main.usageMessage(e), e);
        } catch (IllegalArgumentException | IOException e) {
            throw new IllegalArgumentException(p.id() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String run(GridPoint p, String sweepDirName) throws Exception {
        Path sweepDir = Path.of(sweepDirName);
        Path run = runFolder(sweepDir, p.id()), done = doneFile(sweepDir, p.id());
        if (Files.isRegularFile(done)) return run.toString();
        Files.createDirectories(run.getParent());
        Path log = run.resolveSibling(p.id() + ".log");
        ObjectMapper json = new ObjectMapper();
        int attempts = attempts(log);
        appendLog(log, "== " + p.id() + " attempt " + attempts + " on " + java.net.InetAddress.getLocalHost().getHostName()
                + " (pid " + ProcessHandle.current().pid() + ")\n");
        Path space = run.resolveSibling(p.id() + ".space.json");
        if (p.frontEnd() != null) AtomicFiles.write(space, spaceWithFrontEnd(json, p));
        boolean resume = RunFolder.of(run).searchFile() != null;
        System.err.println("sweep: " + p.id() + (resume ? " resuming" : " starting") + " (attempt " + attempts + ")");
        JsonNode search = cli(new SearchCommand(), searchArgs(p, run, space, resume), log, p.id() + ": search", json);
        JsonNode train = null;
        if (p.trainArgs() != null) {
            Path trained = run.resolve("train");
            boolean partial = Files.isDirectory(trained) && !RunFolder.of(trained).hasFloatModel();
            train = cli(new TrainCommand(), trainArgs(p, run, partial), log, p.id() + ": train", json);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", p.id());
        doc.put("run", run.toString());
        doc.put("attempts", attempts);
        doc.put("search", search);
        doc.put("train", train);
        AtomicFiles.write(done, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc));
        System.err.println("sweep: " + p.id() + " done");
        return run.toString();
    }

    /** The search's arguments: the point's axes, then the grid's further options. */
    static List<String> searchArgs(GridPoint p, Path run, Path space, boolean resume) {
        List<String> a = new ArrayList<>(List.of("--data", p.data(), "--out", run.toString(), "--board", p.board(),
                "--seed", Long.toString(p.seed()), "--space", p.frontEnd() != null ? space.toString() : p.space()));
        if (p.sram() != null) a.addAll(List.of("--sram", p.sram()));
        if (p.flash() != null) a.addAll(List.of("--flash", p.flash()));
        if (p.latency() != null) a.addAll(List.of("--latency", p.latency()));
        if (!p.words().isEmpty()) a.addAll(List.of("--words", String.join(",", p.words())));
        if (!p.searchArgs().contains("--threads")) a.addAll(List.of("--threads", "1"));
        a.addAll(p.searchArgs());
        if (resume) a.add("--resume");
        return a;
    }

    /** Training of the point's chosen genotype into RUN/train, with the point's seed unless the grid's train options set one. */
    static List<String> trainArgs(GridPoint p, Path run, boolean force) {
        List<String> a = new ArrayList<>(List.of("--data", p.data(), "--genotype", RunFolder.of(run).genotype().toString(),
                "--out", run.resolve("train").toString()));
        if (!p.trainArgs().contains("--seed")) a.addAll(List.of("--seed", Long.toString(p.seed())));
        if (!p.words().isEmpty()) a.addAll(List.of("--words", String.join(",", p.words())));
        a.addAll(p.trainArgs());
        if (force) a.add("--force");
        return a;
    }

    /**
     * The point's space with its front-end bounds: {@code dataSpace} plus the network part (stem channels, layers,
     * widths, primitives) of the point's space as that space reads, written out so no preset default is lost.
     */
    static byte[] spaceWithFrontEnd(ObjectMapper json, GridPoint p) throws IOException {
        SearchSpace base = p.space().endsWith(".json") ? new SearchSpaceFile().read(Path.of(p.space()), 1) : SpacePresets.named(p.space(), 1);
        ObjectNode s = json.createObjectNode();
        s.set("dataSpace", json.readTree(p.frontEnd()));
        s.put("stemChannels", base.stemChannels());
        s.put("layers", base.layers());
        s.set("widths", json.valueToTree(base.widths()));
        s.set("primitives", json.valueToTree(base.primitives().stream().map(Primitive::cliName).toList()));
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(s);
    }

    /** Runs one command in-process with the CLI's error handling; its stderr goes to {@code log}; returns its stdout JSON. */
    private static JsonNode cli(Object command, List<String> args, Path log, String what, ObjectMapper json) throws Exception {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.withErrorHandler(new CommandLine(command));
        cl.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int code = cl.execute(args.toArray(String[]::new));
        appendLog(log, "$ " + String.join(" ", args) + "\n" + err + "exit " + code + "\n");
        if (code != ExitCodes.OK) {
            String e = err.toString().strip();
            throw new IllegalStateException(what + " exited " + code + ": " + (e.isEmpty() ? "(no message)" : e.lines().reduce((a, b) -> b).orElse(e))
                    + " (log: " + log + ")");
        }
        return json.readTree(out.toString());
    }

    private static int attempts(Path log) throws IOException {
        if (!Files.isRegularFile(log)) return 1;
        return 1 + (int) Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("== ")).count();
    }

    private static void appendLog(Path log, String text) throws IOException {
        Files.writeString(log, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
