package dev.dartboard.train;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Runs a task with {@code System.out} swapped for a sink: SameDiff prints an "Added differentiated op"
 * line per op while it builds a gradient function, and stdout is reserved for JSON. Threading: the swap is
 * process-wide and serialised here; other threads' stdout output during the task is lost.
 */
final class Quiet {
    private static final Object LOCK = new Object();

    private Quiet() { }

    static void run(Runnable task) {
        synchronized (LOCK) {
            PrintStream out = System.out;
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            try {
                task.run();
            } finally {
                System.setOut(out);
            }
        }
    }
}
