package dev.dartboard.app;

import javafx.application.Platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Real content for the Search and Results screenshots: a copy of samples/ (runs are written next to the data,
 * never into the repository's samples/) and a tiny real search on it started from the Search page (1 epoch,
 * 2 front ends, batch 16); the Results page then opens its pareto.json on its own. Blocking; call it off the
 * FX thread.
 */
final class DemoSearch {
    private DemoSearch() { }

    /** A temporary copy of {@code samples}, in a folder named samples. */
    static Path copy(Path samples) throws IOException {
        Path to = Files.createTempDirectory("dartboard-shots").resolve("samples");
        try (var files = Files.walk(samples)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(samples.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }

    /** Runs the search and waits (at most {@code minutes}) until the Results page shows its front. */
    static void run(Studio studio, int minutes) throws Exception {
        onFx(() -> {
            var s = studio.search().settings();
            s.epochsProperty().set(1);
            s.configsProperty().set(2);
            s.batchProperty().set(16);
            studio.search().start();
        });
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        BooleanSupplier done = () -> studio.search().resultProperty().get() != null && studio.results().snapshotProperty().get() != null
                && studio.results().snapshotProperty().get().run().equals(studio.search().resultProperty().get().run());
        while (!ask(done)) {
            if (System.nanoTime() > end) throw new IllegalStateException("the demo search did not finish in " + minutes + " min");
            Thread.sleep(500);
        }
    }

    /**
     * Trains the search's first fitting front point for 1 epoch on the Results page (the Deploy page then opens
     * that run) and exports its .tflite there; waits at most {@code minutes}.
     */
    static void trainAndExport(Studio studio, int minutes) throws Exception {
        onFx(() -> {
            var front = studio.results().snapshotProperty().get().front();
            front.frontPoints().stream().filter(p -> p.fits()).findFirst().ifPresent(p -> studio.results().select(p.id()));
            studio.results().training().epochsProperty().set(1);
            studio.results().training().batchProperty().set(16);
            studio.results().trainSelected();
        });
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        wait(() -> studio.deploy().export().runProperty().get() != null && !studio.deploy().export().busyProperty().get(), end);
        onFx(() -> studio.deploy().export().exportTflite());
        wait(() -> studio.deploy().export().tfliteProperty().get() != null && !studio.deploy().export().busyProperty().get(), end);
    }

    private static void wait(BooleanSupplier done, long end) throws Exception {
        while (!ask(done)) {
            if (System.nanoTime() > end) throw new IllegalStateException("the demo training or export did not finish in time");
            Thread.sleep(500);
        }
    }

    private static boolean ask(BooleanSupplier q) throws Exception {
        CompletableFuture<Boolean> f = new CompletableFuture<>();
        Platform.runLater(() -> f.complete(q.getAsBoolean()));
        return f.get(30, TimeUnit.SECONDS);
    }

    private static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> f = new CompletableFuture<>();
        Platform.runLater(() -> { r.run(); f.complete(null); });
        f.get(30, TimeUnit.SECONDS);
    }
}
