package dev.dartboard.ui.results;

import dev.dartboard.model.Genotype;
import dev.dartboard.task.BackgroundTask;
import dev.dartboard.task.TaskCancelledException;
import dev.dartboard.task.TaskContext;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.train.RunTraining;
import dev.dartboard.train.TrainConfig;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;
import javafx.beans.property.*;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The Results page's "Train": one genotype trained from scratch on the project's data folder and target
 * words ({@link TrainEngine}, the train command's work) as a cancellable background task, progress =
 * epochs done / epochs. Cancel stops it after the running epoch (the engine has no finer hook).
 * Threading: FX thread only.
 */
public final class ResultsTraining {
    private final Workspace workspace;
    private final TrainEngine engine;
    private final ResultsLoader loader;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final BiConsumer<Integer, TrainedMetrics> onTrained;
    private final IntegerProperty epochs = new SimpleIntegerProperty(20);
    private final IntegerProperty batch = new SimpleIntegerProperty(64);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> trainedRun = new ReadOnlyObjectWrapper<>();
    private BackgroundTask<TrainedMetrics> task;

    /** @param onTrained gets (point id or −1 for the baseline, its metrics) on the FX thread */
    ResultsTraining(Workspace workspace, TrainEngine engine, ResultsLoader loader, TaskExecutor executor, StatusModel status,
                    BiConsumer<Integer, TrainedMetrics> onTrained) {
        this.workspace = workspace;
        this.engine = engine;
        this.loader = loader;
        this.executor = executor;
        this.status = status;
        this.onTrained = onTrained;
        // another data set: the last training's line no longer describes what the page shows
        workspace.projectProperty().addListener((o, a, b) -> {
            if (!running.get() && !a.dataFolder().equals(b.dataFolder())) message.set("");
        });
    }

    public IntegerProperty epochsProperty() { return epochs; }
    /** Examples per step (no field on the page; tests make it small). */
    public IntegerProperty batchProperty() { return batch; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    /** 0..1 while training. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    /** The latest epoch, the outcome or why it cannot start. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** The run folder of the last training that finished (the studio's current trained run); null before one. */
    public ReadOnlyObjectProperty<Path> trainedRunProperty() { return trainedRun.getReadOnlyProperty(); }

    void train(int id, Genotype g, Path out) {
        if (running.get()) return;
        String data = workspace.project().dataFolder();
        if (data.isBlank()) { message.set("Choose the project's data folder first (Project or Data page)."); return; }
        var request = new RunTraining.Request(Path.of(data), g, workspace.project().targetWords(),
                TrainConfig.defaults(epochs.get(), 1).withBatch(batch.get()), out);
        String title = id < 0 ? "Train DS-CNN-S" : "Train point " + id;
        running.set(true);
        message.set(title + ": preparing features…");
        task = new BackgroundTask<>(title, ctx -> run(request, ctx), status.track(title, m -> {
            message.set(String.format(Locale.ROOT, "%s: %.1f%% on the %s split → %s", title, 100 * m.accuracy(), m.split(), out));
            onTrained.accept(id, m);
            trainedRun.set(out);
        }, () -> { running.set(false); progress.set(0); task = null; if (message.get().endsWith("…")) message.set(title + " stopped."); }));
        executor.execute(task);
    }

    public void cancel() { if (task != null) task.cancel(); }

    private TrainedMetrics run(RunTraining.Request r, TaskContext ctx) throws Exception {
        try {
            engine.train(r, s -> {
                if (ctx.isCancelled()) throw new StopTraining();
                double f = (s.epoch() + 1) / (double) r.config().epochs();
                ctx.updateProgress(f);
                String line = String.format(Locale.ROOT, "epoch %d/%d: loss %.3f, val acc %.1f%%", s.epoch() + 1,
                        r.config().epochs(), s.trainLoss(), 100 * s.valAccuracy());
                ctx.updateMessage(line);
                executor.callbacks().execute(() -> { message.set(line + " …"); progress.set(f); });
            });
        } catch (RuntimeException e) {
            if (ctx.isCancelled()) throw new TaskCancelledException();
            throw e;
        }
        return loader.metrics(r.out());
    }

    /** Thrown from the epoch listener to stop training. */
    private static final class StopTraining extends RuntimeException {
        StopTraining() { super("training cancelled", null, false, false); }
    }
}
