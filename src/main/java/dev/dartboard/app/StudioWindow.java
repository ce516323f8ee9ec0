package dev.dartboard.app;

import dev.dartboard.ui.fx.FxFileDialogs;
import dev.dartboard.ui.fx.FxTaskExecutor;
import javafx.application.Platform;
import dev.dartboard.ui.shell.WindowSize;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the studio's main window. FX thread only. */
final class StudioWindow {
    private StudioWindow() { }

    static void open(Path samples) {
        Stage stage = new Stage();
        FxTaskExecutor executor = new FxTaskExecutor(2);
        Studio studio = new Studio(StudioSettings.defaults(), executor, new FxFileDialogs(() -> stage));
        if (Files.isDirectory(samples)) studio.openDataFolder(samples);
        WindowSize size = WindowSize.fit(Screen.getPrimary().getVisualBounds());
        stage.setScene(studio.scene(size.width(), size.height()));
        stage.setX(size.x());
        stage.setY(size.y());
        stage.titleProperty().bind(studio.main().titleBinding());
        stopOnClose(stage, studio, executor, Platform::exit);
        stage.show();
    }

    /**
     * When {@code stage} closes: the workers stop, then everything the studio started (the board monitor, the
     * simulator and its socat, {@link Studio#close}), then {@code exit} runs.
     */
    static void stopOnClose(Stage stage, Studio studio, FxTaskExecutor executor, Runnable exit) {
        stage.setOnHidden(e -> {
            executor.close();
            try {
                studio.close();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            exit.run();
        });
    }
}
