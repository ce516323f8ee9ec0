package dev.dartboard.ui.deploy;

import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The run half of the Deploy page: the chosen run folder and its exports (.tflite, C library),
 * each a background task with progress. Threading: FX thread only.
 */
public final class ExportModel {
    private final Workspace workspace;
    private final RunReader reader;
    private final ModelExporter exporter;
    private final PageTasks tasks;
    private final ReadOnlyObjectWrapper<RunSummary> run = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> tflite = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("Choose a run folder (it holds genotype.json, labels.json, model.float.json).");

    public ExportModel(Workspace workspace, RunReader reader, ModelExporter exporter, TaskExecutor executor, StatusModel status) {
        this.workspace = workspace;
        this.reader = reader;
        this.exporter = exporter;
        this.tasks = new PageTasks(executor, status);
    }

    public ReadOnlyObjectProperty<RunSummary> runProperty() { return run.getReadOnlyProperty(); }
    /** The last .tflite written for this run (its blob beside it is the flash payload); null until exported. */
    public ReadOnlyObjectProperty<Path> tfliteProperty() { return tflite.getReadOnlyProperty(); }
    /** What the last export produced, or why it failed. */
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return tasks.busyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return tasks.progressProperty(); }

    public void openRun(Path folder) {
        tasks.run("Open run", ctx -> reader.read(folder), r -> {
            run.set(r);
            Path existing = r.folder().resolve(ModelExporter.DIR).resolve(r.model().name() + ".tflite");
            tflite.set(Files.isRegularFile(existing) && Files.isRegularFile(ModelExporter.blobOf(existing)) ? existing : null);
            result.set(tflite.get() == null ? "Not exported yet." : "Exported earlier: " + existing);
        }, result::set);
    }

    public void exportTflite() {
        RunSummary r = run.get();
        if (r == null) return;
        tasks.run("Export .tflite", ctx -> exporter.tflite(r, dataFolder(), ctx), p -> {
            tflite.set(p);
            result.set(".tflite written: " + p + " (" + size(p) + " bytes, int8)");
        }, result::set);
    }

    public void exportC() {
        RunSummary r = run.get();
        if (r == null) return;
        tasks.run("Export C library", ctx -> exporter.cLibrary(r, dataFolder(), ctx), d -> result.set("C library written: " + d), result::set);
    }

    private Path dataFolder() {
        String f = workspace.project().dataFolder();
        return f.isBlank() ? null : Path.of(f);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
