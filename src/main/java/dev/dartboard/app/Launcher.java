package dev.dartboard.app;

import dev.dartboard.app.tour.HeadlessTour;
import javafx.application.Platform;

import java.nio.file.Path;

/**
 * The main class of {@code mvn javafx:run}. It does not extend {@code Application} so that it
 * runs from the plain classpath. With a display it opens the studio (optionally on a data folder,
 * default {@code samples/}, or in the installed app its bundled samples: {@link StartFolder}); without one (JavaFX cannot start) it runs the headless tour on that folder
 * ({@link HeadlessTour}: search, train, int8, export, a flash to the board simulator, in a new {@code target/tour-*}).
 */
public final class Launcher {
    private Launcher() { }

    public static void main(String[] args) {
        Path samples = startFolder(args);
        if (startFx()) Platform.runLater(() -> StudioWindow.open(samples));
        else HeadlessTour.runAndExit(samples);
    }

    /** {@link StartFolder}: the argument, ./samples, or the installer's samples (copied on first start); "samples" when none. */
    private static Path startFolder(String[] args) {
        try {
            return StartFolder.of(args).orElse(Path.of("samples"));
        } catch (java.io.IOException e) {
            System.err.println("dartboard: " + e.getMessage());
            return Path.of("samples");
        }
    }

    /** Starts the JavaFX runtime; false when there is no display (or no graphics at all). */
    private static boolean startFx() {
        try {
            Platform.startup(() -> { });
            return true;
        } catch (RuntimeException | Error e) {
            System.err.println("dartboard: no display for the studio (" + e.getMessage() + "); running the headless tour instead");
            return false;
        }
    }
}
