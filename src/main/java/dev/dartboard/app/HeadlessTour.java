package dev.dartboard.app;

import dev.dartboard.cli.Main;

import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the CLI's data commands on a folder so headless users see Dartboard work at once. */
final class HeadlessTour {
    private HeadlessTour() { }

    static void run(Path samples) {
        if (!Files.isDirectory(samples)) {
            System.err.println("error: " + samples + " is not a folder (run from the Dartboard checkout)");
            System.exit(2);
        }
        System.err.println("== dartboard dataset stats " + samples);
        int code = Main.run("dataset", "stats", samples.toString());
        System.err.println("== dartboard dataset check " + samples);
        code = Math.max(code, Main.run("dataset", "check", samples.toString()));
        System.exit(code);
    }
}
