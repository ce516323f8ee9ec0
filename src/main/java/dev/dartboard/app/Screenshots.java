package dev.dartboard.app;

import dev.dartboard.ui.common.FileDialogs;
import dev.dartboard.ui.fx.FxTaskExecutor;
import dev.dartboard.ui.record.RecordPlan;
import dev.dartboard.ui.shell.Page;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Writes a PNG of every page of {@link Page} (whatever pages exist) at 1280 × 800 and 1024 × 700, light and dark,
 * as {@code <page>-<width>x<height>[-dark].png} (tools/screenshots.sh runs it under Xvfb): the studio on a copy of
 * {@code samples/} after a tiny real search ({@link DemoSearch}), a 1-epoch training of its first fitting point and
 * that run's .tflite export, so Search, Results and Deploy show real content. Usage: Screenshots OUT_DIR [SAMPLES];
 * {@code -Dshots.search=false} skips the search, training and export (empty Search, Results and Deploy pages).
 */
public final class Screenshots {
    /** The window sizes shot: a laptop's and a small screen's. */
    static final int[][] SIZES = {{1280, 800}, {1024, 700}};

    private Screenshots() { }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Path samples = DemoSearch.copy(Path.of(args.length > 1 ? args[1] : "samples").toAbsolutePath());
        Files.createDirectories(out);
        Platform.startup(() -> { });
        Path recent = Files.createTempDirectory("dartboard-shots").resolve("recent.json");
        Studio studio = onFx(() -> show(new Studio(new StudioSettings(recent, clip -> { }, StudioSettings.defaults().sources(), RecordPlan.standard()), new FxTaskExecutor(2), new NoDialogs()), samples));
        Thread.sleep(4000);
        if (!"false".equals(System.getProperty("shots.search"))) {
            DemoSearch.run(studio, 15);
            DemoSearch.trainAndExport(studio, 10);
        }
        for (int[] size : SIZES) {
            onFx(() -> { Stage s = (Stage) sceneOf(studio).getWindow(); s.setWidth(size[0]); s.setHeight(size[1]); return null; });
            for (boolean dark : new boolean[] {false, true})
                for (Page p : Page.values())
                    shoot(studio, p, dark, out.resolve(String.format("%s-%dx%d%s.png", p.name().toLowerCase(java.util.Locale.ROOT), size[0], size[1], dark ? "-dark" : "")));
        }
        Platform.exit();
        System.exit(0);
    }

    private static Studio show(Studio studio, Path samples) {
        studio.openDataFolder(samples);
        Stage stage = new Stage();
        stage.setScene(studio.scene());
        stage.show();
        StudioDemo.prepare(studio);
        return studio;
    }

    private static void shoot(Studio studio, Page page, boolean dark, Path file) throws Exception {
        onFx(() -> { studio.main().darkProperty().set(dark); studio.main().pageProperty().set(page); return null; });
        Thread.sleep(1500);
        Scene scene = onFx(() -> studio.main().pageProperty().get() == page ? sceneOf(studio) : null);
        var image = onFx(() -> SwingFXUtils.fromFXImage(scene.snapshot(null), null));
        var rgb = new java.awt.image.BufferedImage(image.getWidth(), image.getHeight(), java.awt.image.BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        ImageIO.write(rgb, "png", file.toFile());
        System.err.println("wrote " + file + " (" + image.getWidth() + " × " + image.getHeight() + ")");
    }

    private static Scene sceneOf(Studio studio) {
        return Stage.getWindows().stream().filter(w -> w.getScene() != null).findFirst().orElseThrow().getScene();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try { f.complete(work.call()); } catch (Exception e) { f.completeExceptionally(e); }
        });
        return f.get(30, TimeUnit.SECONDS);
    }

    /** Screenshots never open a dialog. */
    private static final class NoDialogs implements FileDialogs {
        @Override public Optional<Path> openProject() { return Optional.empty(); }
        @Override public Optional<Path> saveProject() { return Optional.empty(); }
        @Override public Optional<Path> chooseFolder(String title) { return Optional.empty(); }
        @Override public Optional<Path> openFile(String title, String extension) { return Optional.empty(); }
    }
}
