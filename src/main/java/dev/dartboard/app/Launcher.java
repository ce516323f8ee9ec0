package dev.dartboard.app;

/**
 * The main class of {@code mvn javafx:run}. It does not extend {@code Application} so that it
 * runs from the plain classpath. Until the studio lands it runs the headless tour of the CLI on
 * the bundled {@code samples/}.
 */
public final class Launcher {
    private Launcher() { }

    public static void main(String[] args) {
        HeadlessTour.run(args.length > 0 ? java.nio.file.Path.of(args[0]) : java.nio.file.Path.of("samples"));
    }
}
