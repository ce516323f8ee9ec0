package dev.dartboard.app.tour;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.export.blob.BlobReader;
import dev.dartboard.io.AtomicFiles;
import dev.dartboard.model.Budget;
import dev.dartboard.run.RunFolder;
import dev.dartboard.ui.deploy.SimulatorControl;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What the README's main command shows without a display: a short, real tour of Dartboard on a data folder
 * ({@code samples/}), through the CLI's own commands run in this JVM — {@code dataset stats}, {@code search}
 * (live progress), the chosen point, {@code train}, {@code quantize} and {@code eval --int8} (with the detection
 * numbers), {@code export} (.tflite, C library, Arduino library, model card), {@code device simulate} +
 * {@code flash} + {@code monitor} (skipped, with the reason, without socat or gcc or the firmware sources) —
 * into a fresh run folder laid out as {@code pipeline}'s ({@code search/}, the trained run, {@code export/}) plus
 * {@code board/} (the simulator's flash image and microphone tape). One line per step on {@code out}; the
 * commands' own progress on stderr. Never overwrites: the folder must not exist yet.
 */
public final class HeadlessTour {
    static final int STEPS = 8;
    private final Path data;
    private final Path dir;
    private final TourSettings settings;
    private final PrintStream out;
    private final Writer progress;
    private final Supplier<String> simulatorMissing;
    private final InProcessCli cli = new InProcessCli();
    private final ObjectMapper mapper = new ObjectMapper();
    private int step;   // the last step done

    /**
     * @param data     the data folder
     * @param dir      the run folder to create (refused if it exists)
     * @param progress where search and training progress goes (live)
     */
    public HeadlessTour(Path data, Path dir, TourSettings settings, PrintStream out, Writer progress) {
        this(data, dir, settings, out, progress, HeadlessTour::simulatorMissing);
    }

    /** @param simulatorMissing why the board simulator cannot run here, "" when it can */
    HeadlessTour(Path data, Path dir, TourSettings settings, PrintStream out, Writer progress, Supplier<String> simulatorMissing) {
        this.data = data;
        this.dir = dir;
        this.settings = settings;
        this.out = out;
        this.progress = progress;
        this.simulatorMissing = simulatorMissing;
    }

    /** Why {@code device simulate} cannot run here: socat or gcc missing, or no firmware sources; "" when it can. */
    static String simulatorMissing() {
        String tools = SimulatorControl.missingTools();
        if (!tools.isEmpty()) return tools;
        return Files.isDirectory(Path.of("firmware", "core")) ? ""
                : "the simulator is built from firmware/, which is not here (run from the Dartboard checkout)";
    }

    /** The entry of {@code Launcher} without a display: the standard tour in a new folder; exits with its code. */
    public static void runAndExit(Path data) {
        // ND4J's start-up chatter (backend, build flags) would bury the tour's lines; its errors still show
        if (System.getProperty("org.slf4j.simpleLogger.log.org.nd4j") == null) System.setProperty("org.slf4j.simpleLogger.log.org.nd4j", "error");
        int code;
        try {
            Path dir = newFolder(Files.isDirectory(Path.of("target")) ? Path.of("target") : Path.of(System.getProperty("java.io.tmpdir")));
            code = new HeadlessTour(data, dir, TourSettings.standard(), System.out, new PrintWriter(System.err, true)).run();
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            code = 1;
        }
        System.exit(code);
    }

    /** A new, empty folder {@code tour-<date>-<time>} (with a suffix when that exists) under {@code parent}. */
    static Path newFolder(Path parent) throws IOException {
        String name = "tour-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Files.createDirectories(parent);
        for (int i = 1; ; i++) {
            Path p = parent.resolve(i == 1 ? name : name + "-" + i);
            try {
                return Files.createDirectory(p);
            } catch (FileAlreadyExistsException taken) {
                if (i > 100) throw taken;
            }
        }
    }

    /** Runs every step; 0 when the tour went through, 1 when a step failed (the line says which and why), 2 bad input. */
    public int run() {
        long t0 = System.nanoTime();
        if (!Files.isDirectory(data)) {
            out.println("error: " + data + " is not a folder (run from the Dartboard checkout, or give a data folder)");
            return 2;
        }
        try {
            Files.createDirectories(dir);
            if (!RunFolder.of(dir).present().isEmpty() || Files.exists(dir.resolve(BOARD)))
                throw new IOException(dir + " already holds a run: the tour writes only into a new folder");
        } catch (IOException e) {
            out.println("error: " + e.getMessage());
            return 1;
        }
        out.println("Dartboard tour on " + data + ": search → train → int8 → export → board simulator, into " + dir.toAbsolutePath());
        List<String[]> written = new ArrayList<>();
        try {
            data();
            search(written);
            train(written);
            int8(written);
            export(written);
            board(written);
        } catch (InProcessCli.Failed f) {
            out.println("error: the tour stopped at step " + (step + 1) + "/" + STEPS + ": " + f.getMessage()
                    + (f.said.isBlank() ? "" : "\n" + f.said.strip()));
            where(written, t0);
            return 1;
        } catch (IOException | RuntimeException e) {
            out.println("error: the tour stopped at step " + (step + 1) + "/" + STEPS + ": " + e.getMessage());
            where(written, t0);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("the tour was interrupted at step " + (step + 1) + "/" + STEPS);
            return 1;
        }
        where(written, t0);
        return 0;
    }

    private void data() throws InProcessCli.Failed, IOException {
        long t = System.nanoTime();
        JsonNode s = cli.json(null, "dataset", "stats", data.toString());
        line(1, String.format(Locale.ROOT, "data: %d clips of %d words in %s (%s), %.0f s of background noise, %d files rejected",
                s.path("clips").asInt(), s.path("labels").size(), data, rates(s), s.path("backgroundNoise").path("totalSeconds").asDouble(),
                s.path("rejected").size()), t);
    }

    private void search(List<String[]> written) throws InProcessCli.Failed, IOException {
        long t = System.nanoTime();
        RunFolder search = RunFolder.of(dir).pipelineSearch();
        announce(2, String.format(Locale.ROOT, "search: the front end and the network together, %s, %s (the first warms up), "
                + "budget %s SRAM / %s flash / %s on the Nano 33 BLE%s …", count(settings.configs(), "front end"), count(settings.searchEpochs(), "epoch"),
                settings.sram(), settings.flash(), settings.latency(),
                settings.rank() > 0 ? ", then up to " + settings.rank() + " candidates ranked by short trainings" : ""));
        JsonNode s = cli.json(progress, "search", "--data", data.toString(), "--out", search.dir().toString(), "--board", "nano33ble",
                "--sram", settings.sram(), "--flash", settings.flash(), "--latency", settings.latency(),
                "--epochs", Integer.toString(settings.searchEpochs()), "--configs", Integer.toString(settings.configs()),
                "--samples", Integer.toString(settings.samples()), "--rank", Integer.toString(settings.rank()),
                "--rank-epochs", Integer.toString(settings.rankEpochs()), "--weight-opt", "adam", "--seed", "1");
        line(2, String.format(Locale.ROOT, "search done: supernet validation accuracy %s, %d points on the Pareto front → %s",
                pct(s.path("supernetValAccuracy").asDouble()), s.path("front").size(), rel(search.pareto())), t);
        JsonNode g = mapper.readTree(search.genotype().toFile());
        JsonNode b = g.path("budget");
        line(3, String.format(Locale.ROOT, "chosen point #%d: front end %s; %s; SRAM %s of %s, flash %s of %s, latency %.1f of %.0f ms → %s",
                s.path("point").asInt(), g.path("dataConfig").path("id").asText(), network(g),
                kb(g.path("sram").asLong()), kb(b.path("sram").asLong()), kb(g.path("flash").asLong()), kb(b.path("flash").asLong()),
                g.path("latencyMs").asDouble(), b.path("latencyMs").asDouble(), rel(search.genotype())), System.nanoTime());
        written.add(new String[]{rel(search.genotype()), "the chosen point: front end + network, exact costs (pareto.json: the front, events.jsonl: every step)"});
        // the budget the run was searched under, for the model card (as pipeline writes it)
        AtomicFiles.write(RunFolder.of(dir).budget(), mapper.writeValueAsBytes(
                new Budget(b.path("sram").asLong(), b.path("flash").asLong(), b.path("latencyMs").asDouble())));
    }

    private void train(List<String[]> written) throws InProcessCli.Failed, IOException {
        long t = System.nanoTime();
        RunFolder run = RunFolder.of(dir);
        announce(4, String.format(Locale.ROOT, "train: the chosen point from scratch, %s at most (Adam, time-shift augmentation) …",
                count(settings.trainEpochs(), "epoch")));
        JsonNode r = cli.json(progress, "train", "--data", data.toString(), "--genotype", run.pipelineSearch().genotype().toString(),
                "--epochs", Integer.toString(settings.trainEpochs()), "--seed", "1", "--out", dir.toString());
        line(4, String.format(Locale.ROOT, "trained: %d parameters, test accuracy %s over %d clips (best validation %s at epoch %d) → %s",
                r.path("parameters").asInt(), pct(r.path("accuracy").asDouble()), r.path("n").asInt(),
                pct(r.path("bestValAccuracy").asDouble()), r.path("bestEpoch").asInt(), rel(run.floatModel())), t);
        written.add(new String[]{rel(run.floatModel()) + ", " + rel(run.metrics()), "the trained float model and its training curve"});
    }

    private void int8(List<String[]> written) throws InProcessCli.Failed, IOException {
        long t = System.nanoTime();
        RunFolder run = RunFolder.of(dir);
        JsonNode q = cli.json(null, "quantize", "--data", data.toString(), "--run", dir.toString());
        JsonNode e = cli.json(null, "eval", "--data", data.toString(), "--run", dir.toString(), "--int8", "--split", "test");
        JsonNode d = e.path("detection");
        List<String> detected = new ArrayList<>();
        for (JsonNode label : e.path("labels"))   // in the model's order of labels
            if (d.path("detected").has(label.asText())) detected.add(label.asText() + " " + pct(d.path("detected").path(label.asText()).asDouble()));
        line(5, String.format(Locale.ROOT, "int8: float %s → int8 %s on %d test clips; keywords detected: %s; other words rejected %d of %d → %s, %s",
                pct(q.path("floatAccuracy").asDouble()), pct(e.path("accuracy").asDouble()), e.path("n").asInt(),
                String.join(", ", detected), d.path("rejected").asInt(), d.path("otherWords").asInt(),
                rel(run.int8Model()), rel(run.blob())), t);
        written.add(new String[]{rel(run.int8Model()) + ", " + rel(run.blob()), "the int8 model (TFLite quantization spec) and the blob the board loads"});
    }

    private void export(List<String[]> written) throws InProcessCli.Failed, IOException {
        long t = System.nanoTime();
        Path exp = RunFolder.of(dir).export();
        JsonNode x = cli.json(null, "export", "--run", dir.toString(), "--out", exp.toString(), "--board", "nano33ble");
        String arduino = null, zip = null;
        for (JsonNode w : x.path("written")) {
            if (!w.asText().contains("/arduino/")) continue;
            if (w.asText().endsWith(".zip")) zip = rel(Path.of(w.asText()));
            else arduino = rel(Path.of(w.asText())) + "/";
        }
        String built = x.hasNonNull("measuredFlashBytes") ? "flash " + kb(x.get("measuredFlashBytes").asLong()) + " built with arm-none-eabi-gcc vs "
                + kb(x.path("estimatedFlashBytes").asLong()) + " estimated" : "flash " + kb(x.path("estimatedFlashBytes").asLong()) + " estimated";
        line(6, String.format(Locale.ROOT, "export: %s (%s), C library %s (%s), Arduino library %s, model card %s",
                rel(exp.resolve("model.tflite")), kb(size(exp.resolve("model.tflite"))), rel(exp.resolve("c")) + "/", built,
                arduino, rel(exp.resolve("model_card.md"))), t);
        written.add(new String[]{rel(exp.resolve("model.tflite")), "the model for TensorFlow Lite Micro"});
        written.add(new String[]{rel(exp.resolve("c")) + "/", "the interpreter-free C library (front end + model)"});
        if (arduino != null) written.add(new String[]{arduino, "the Arduino library (copy it into ~/Arduino/libraries)"});
        if (zip != null) written.add(new String[]{zip, "the same library as a ZIP (Arduino IDE: Sketch → Include Library → Add .ZIP Library)"});
        written.add(new String[]{rel(exp.resolve("model_card.md")), "the model card: front end, sizes estimated vs built, float vs int8 accuracy"});
    }

    static final String BOARD = "board";

    private void board(List<String[]> written) throws InProcessCli.Failed, IOException, InterruptedException {
        String missing = simulatorMissing.get();
        if (!missing.isEmpty()) {
            line(7, "flash to the board simulator: skipped, " + missing, System.nanoTime());
            line(8, "detections on the board: skipped (no simulator)", System.nanoTime());
            return;
        }
        long t = System.nanoTime();
        Path board = Files.createDirectories(dir.resolve(BOARD));
        var model = new BlobReader().read(Files.readAllBytes(RunFolder.of(dir).blob())).model();
        List<String> keywords = model.labels().stream().filter(l -> !l.startsWith("_")).toList();
        MicTape tape = MicTape.write(data, keywords, model.dataConfig().sampleRate(), model.dataConfig().clipSamples(), board.resolve("mic.wav"));
        long[] listening = new long[1];
        BoardDemo.Outcome o = new BoardDemo(cli).run(dir, board, tape, settings.micSpeed(), new BoardDemo.Listener() {
            @Override
            public void flashed(JsonNode f, String port) {
                JsonNode boot = f.path("board").path("slots").path(f.path("board").path("bootSlot").asInt());
                line(7, String.format(Locale.ROOT, "flash: %s to the board simulator (firmware %s) on %s at %s/s, CRC checked, committed%s",
                        kb(f.path("bytes").asLong()), f.path("board").path("firmwareVersion").asText("?"), port,
                        kb(f.path("bytesPerSecond").asLong()), boot.isMissingNode() ? "" : ", it boots the new model"), t);
                announce(8, "detections: the board restarts on its flash and its microphone plays " + rel(tape.wav()) + ": " + tape(tape) + " …");
                listening[0] = System.nanoTime();
            }

            @Override
            public void heard(BoardDemo.Heard h) {
                String played = tape.wordAt(h.ms());
                out.printf(Locale.ROOT, "      heard %-6s at %5.2f s (int8 score %4d)%s%n", h.word(), h.ms() / 1000.0, h.score(),
                        played == null ? ": nothing was playing" : played.equals(h.word()) ? ": right" : ": wrong, " + played + " was playing");
            }
        });
        long right = o.heard().stream().filter(h -> h.word().equals(tape.wordAt(h.ms()))).count();
        line(8, String.format(Locale.ROOT, "detections: %d, %d of them right, for %d words played%s", o.heard().size(), right,
                tape.words().size(), o.micSummary().isEmpty() ? "" : " (board: " + o.micSummary() + ")"), listening[0]);
        written.add(new String[]{rel(board.resolve("flash.img")) + ", " + rel(tape.wav()), "the simulated board's flash and what its microphone played"});
    }

    /** Says what a long step is about to do (its result line follows, after the commands' own progress). */
    private void announce(int n, String what) {
        step = n - 1;
        out.printf(Locale.ROOT, "[%d/%d] %s%n", n, STEPS, what);
    }

    /** Prints step {@code n}'s line, with the seconds since {@code t}; step n is done. */
    private void line(int n, String what, long t) {
        step = n;
        double s = (System.nanoTime() - t) / 1e9;
        out.printf(Locale.ROOT, "[%d/%d] %s%s%n", step, STEPS, what, s >= 0.5 ? String.format(Locale.ROOT, " (%.0f s)", s) : "");
    }

    private void where(List<String[]> written, long t0) {
        out.printf(Locale.ROOT, "%s in %.0f s. Everything is in %s:%n", step == STEPS ? "Done" : "Stopped",
                (System.nanoTime() - t0) / 1e9, dir.toAbsolutePath());
        int width = written.stream().mapToInt(w -> w[0].length()).max().orElse(0);
        for (String[] w : written) out.printf("  %-" + width + "s  %s%n", w[0], w[1]);
        if (step == STEPS)
            out.println("The same steps one by one: bin/dartboard --help (README: \"A tour of the CLI\"); with a display this command opens the studio.");
    }

    private static String tape(MicTape tape) {
        List<String> s = new ArrayList<>();
        for (MicTape.Word w : tape.words()) s.add(String.format(Locale.ROOT, "%s at %.2f s", w.word(), w.startMs() / 1000.0));
        return String.join(", ", s) + " (test clips, voices the training never heard)";
    }

    private String rel(Path p) {
        Path abs = dir.toAbsolutePath().normalize(), q = p.toAbsolutePath().normalize();
        return q.startsWith(abs) ? abs.relativize(q).toString() : p.toString();
    }

    private static String network(JsonNode g) {
        List<String> ops = new ArrayList<>();
        String last = null;
        int n = 0;
        for (JsonNode l : g.path("layers")) {
            String op = l.path("op").asText() + " " + l.path("width").asInt() + (l.path("stride").asInt(1) > 1 ? "/" + l.path("stride").asInt() : "");
            if (op.equals(last)) { n++; continue; }
            if (last != null) ops.add(n > 1 ? last + " ×" + n : last);
            last = op;
            n = 1;
        }
        if (last != null) ops.add(n > 1 ? last + " ×" + n : last);
        return "stem " + g.path("stem").path("channels").asInt() + " ch, then " + String.join(", ", ops);
    }

    private static String rates(JsonNode stats) {
        List<String> r = new ArrayList<>();
        stats.path("sampleRates").fieldNames().forEachRemaining(k -> r.add(k + " Hz"));
        if (r.isEmpty()) return "no audio";
        return String.format(Locale.ROOT, "%.0f ms, %s", stats.path("durationMs").path("mean").asDouble(), String.join(" / ", r));
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static String pct(double x) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * x);
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    private static long size(Path p) throws IOException {
        return Files.size(p);
    }
}
