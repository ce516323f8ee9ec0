package dev.dartboard.ui.deploy;

import dev.dartboard.data.DataPreparer;
import dev.dartboard.device.DeviceTestInputs;
import dev.dartboard.device.OnDeviceTester;
import dev.dartboard.device.PortInfo;
import dev.dartboard.export.blob.BlobReader;
import dev.dartboard.model.Split;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Test on the board": the test split's clips of the project's data set streamed as PCM to the board (or the
 * simulator) running the exported model, as {@code dartboard device test --pcm}: per-class accuracy of the board
 * and of Java (front end + Int8Interpreter), their agreement, and the time per inference. Threading: FX thread only.
 */
public final class DeviceTestModel {
    /** One label's row: clips of that label, how many the board and Java got right. */
    public record ClassRow(String label, int clips, int board, int java) {
        public String boardText() { return percent(board, clips); }
        public String javaText() { return percent(java, clips); }
    }

    /** What a test found. */
    public record Result(OnDeviceTester.Report report, List<ClassRow> classes, long clockHz) { }

    private final Workspace workspace;
    private final BoardModel board;
    private final ExportModel export;
    private final BoardSession session;
    private final DataPreparer preparer;
    private final ModelExporter.BoardSource boards;
    private final PageTasks tasks;
    private final IntegerProperty clips = new SimpleIntegerProperty(40);
    private final ObservableList<ClassRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Flash the exported model, then test it on the board.");

    public DeviceTestModel(Workspace workspace, BoardModel board, ExportModel export, BoardSession session, DataPreparer preparer,
                           ModelExporter.BoardSource boards, TaskExecutor executor, StatusModel status) {
        this.workspace = workspace;
        this.board = board;
        this.export = export;
        this.session = session;
        this.preparer = preparer;
        this.boards = boards;
        this.tasks = new PageTasks(executor, status);
    }

    /** At most this many clips of the test split. */
    public IntegerProperty clipsProperty() { return clips; }
    /** Per-label accuracy of the last test. */
    public ObservableList<ClassRow> rows() { return rows; }
    /** Agreement and time per inference of the last test, or why it could not run. */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return tasks.busyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return tasks.progressProperty(); }

    public void run() {
        PortInfo p = board.portProperty().get();
        Path tflite = export.tfliteProperty().get();
        String data = workspace.project().dataFolder();
        if (p == null || tflite == null || data.isBlank()) {
            summary.set(p == null ? "Choose a port first (or start the simulator)." : tflite == null ? "Export a .tflite and flash it first."
                    : "Choose the project's data folder first (Project or Data page): its test clips are streamed to the board.");
            return;
        }
        boolean simulator = board.isSimulator(p);
        int limit = clips.get();
        String boardId = workspace.project().budget().board();
        rows.clear();
        summary.set("Testing…");
        tasks.run("Test on the board", ctx -> {
            byte[] blob = Files.readAllBytes(ModelExporter.blobOf(tflite));
            QuantModel m = new BlobReader().read(blob).model();
            ctx.updateMessage("reading the test clips of " + Path.of(data).getFileName());
            List<OnDeviceTester.Clip> list = DeviceTestInputs.pcmFromData(Path.of(data), m, preparer, Split.TEST, limit);
            if (list.isEmpty()) throw new java.io.IOException(data + " has no test clips for this model's labels");
            int[] n = new int[m.labels().size()], okBoard = new int[n.length], okJava = new int[n.length];
            OnDeviceTester.Report r = session.test(p.path(), simulator, blob, list, o -> {
                if (o.label() >= 0) {
                    n[o.label()]++;
                    okBoard[o.label()] += o.board() == o.label() ? 1 : 0;
                    okJava[o.label()] += o.reference() == o.label() ? 1 : 0;
                }
                ctx.updateProgress((o.index() + 1) / (double) list.size());
                ctx.updateMessage("clip " + (o.index() + 1) + "/" + list.size());
            });
            List<ClassRow> classes = new ArrayList<>();
            for (int i = 0; i < n.length; i++) if (n[i] > 0) classes.add(new ClassRow(m.labels().get(i), n[i], okBoard[i], okJava[i]));
            return new Result(r, classes, boards.load(boardId).clockHz());
        }, res -> {
            rows.setAll(res.classes());
            summary.set(describe(res, simulator));
        }, summary::set);
    }

    /**
     * e.g. "40 clips: board 87.5%, Java 87.5% · board and Java agree on 40 of 40 (identical scores on 40) ·
     * 12.3 ms per inference round trip (serial link included) · 1,234,567 cycles = 19.3 ms at 64 MHz on the board".
     */
    static String describe(Result res, boolean simulator) {
        OnDeviceTester.Report r = res.report();
        String compute = r.meanCycles() + r.meanFrontEndCycles() > 0
                ? String.format(Locale.ROOT, " · %,.0f cycles = %.1f ms at %d MHz on the board", r.meanCycles() + r.meanFrontEndCycles(),
                        1000 * (r.meanCycles() + r.meanFrontEndCycles()) / res.clockHz(), res.clockHz() / 1_000_000)
                : simulator ? " · the simulator counts no cycles" : "";
        return String.format(Locale.ROOT, "%d clips: board %s, Java %s · board and Java agree on %d of %d (identical scores on %d) · %.1f ms per inference round trip (serial link included)%s",
                r.samples(), percent(r.correctBoard(), r.labelled()), percent(r.correctReference(), r.labelled()), r.agreeTop1(), r.samples(),
                r.sameLogits(), r.msPerInference(), compute);
    }

    private static String percent(int k, int n) {
        return n == 0 ? "—" : String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100.0 * k / n, k, n);
    }
}
