package dev.dartboard.ui.deploy;

import dev.dartboard.export.ExportFormat;
import dev.dartboard.export.RunExporter;
import dev.dartboard.model.BoardProfile;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The run half of the Deploy page: the open run, its model card, and its exports (.tflite with the model blob,
 * C library, Arduino library ZIP), each a background task with progress; the outcome names every file with its
 * full path. Threading: FX thread only.
 */
public final class ExportModel {
    private final Workspace workspace;
    private final RunReader reader;
    private final ModelCardReader cards;
    private final ModelExporter exporter;
    private final ModelExporter.BoardSource boards;
    private final PageTasks tasks;
    private final ReadOnlyObjectWrapper<RunSummary> run = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ModelCard> card = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> tflite = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("Train a point on the Results page (it opens here), or choose a run folder.");

    public ExportModel(Workspace workspace, RunReader reader, ModelCardReader cards, ModelExporter exporter,
                       ModelExporter.BoardSource boards, TaskExecutor executor, StatusModel status) {
        this.workspace = workspace;
        this.reader = reader;
        this.cards = cards;
        this.exporter = exporter;
        this.boards = boards;
        this.tasks = new PageTasks(executor, status);
    }

    public ReadOnlyObjectProperty<RunSummary> runProperty() { return run.getReadOnlyProperty(); }
    /** The open run's model card; null until a run is open. */
    public ReadOnlyObjectProperty<ModelCard> cardProperty() { return card.getReadOnlyProperty(); }
    /** The run's exported .tflite (its blob beside it is the flash payload); null until exported. */
    public ReadOnlyObjectProperty<Path> tfliteProperty() { return tflite.getReadOnlyProperty(); }
    /** What the last export wrote (full paths), or why it failed. */
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return tasks.busyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return tasks.progressProperty(); }

    private record Opened(RunSummary run, ModelCard card) { }

    public void openRun(Path folder) {
        String board = workspace.project().budget().board();
        var budget = workspace.project().budget().asBudget();
        tasks.run("Open run", ctx -> open(folder, board, budget), o -> {
            run.set(o.run());
            card.set(o.card());
            Path existing = ModelExporter.tfliteOf(o.run().folder()).toAbsolutePath();
            tflite.set(Files.isRegularFile(existing) && Files.isRegularFile(ModelExporter.blobOf(existing)) ? existing : null);
            result.set(tflite.get() == null ? "Not exported yet." : "Exported earlier:\n" + existing);
        }, result::set);
    }

    private Opened open(Path folder, String board, dev.dartboard.model.Budget budget) throws IOException {
        RunSummary r = reader.read(folder);
        BoardProfile b = boards.load(board);
        return new Opened(r, cards.read(r, ModelExporter.costs(r, b), budget));
    }

    public void exportTflite() { export("Export .tflite", ModelExporter.TFLITE); }

    public void exportC() { export("Export C library", ModelExporter.C); }

    /** The Arduino library folder and its ZIP (Arduino IDE: Sketch → Include Library → Add .ZIP Library…). */
    public void exportArduino() { export("Export Arduino library", ModelExporter.ARDUINO); }

    private record Exported(List<Path> written, Opened opened) { }

    private void export(String title, Set<ExportFormat> formats) {
        RunSummary r = run.get();
        if (r == null) return;
        String board = workspace.project().budget().board();
        var budget = workspace.project().budget().asBudget();
        Path data = dataFolder();
        tasks.run(title, ctx -> new Exported(exporter.export(r, data, board, formats, ctx), open(r.folder(), board, budget)), e -> {
            run.set(e.opened().run());
            card.set(e.opened().card());
            e.written().stream().filter(p -> p.getFileName().toString().equals(RunExporter.TFLITE)).findFirst().ifPresent(tflite::set);
            result.set(describe(e.written(), formats));
        }, result::set);
    }

    /** One line per deployable written, with its full path (the model card is left out: the page shows it). */
    static String describe(List<Path> written, Set<ExportFormat> formats) {
        StringBuilder s = new StringBuilder();
        for (Path p : written) {
            String n = p.getFileName().toString();
            String line = n.equals(RunExporter.TFLITE) ? String.format(Locale.ROOT, ".tflite written (int8, %,d bytes): %s", size(p), p)
                    : n.equals(RunExporter.BLOB) ? String.format(Locale.ROOT, "Model blob for the board (%,d bytes): %s", size(p), p)
                    : n.equals(RunExporter.C_DIR) ? "C library written: " + p
                    : n.endsWith(".zip") ? "Arduino library ZIP (Sketch → Include Library → Add .ZIP Library…): " + p
                    : formats.contains(ExportFormat.ARDUINO) && Files.isDirectory(p) ? "Arduino library folder: " + p
                    : null;
            if (line != null) s.append(s.length() == 0 ? "" : "\n").append(line);
        }
        return s.toString();
    }

    private Path dataFolder() {
        String f = workspace.project().dataFolder();
        return f.isBlank() ? null : Path.of(f);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }
}
