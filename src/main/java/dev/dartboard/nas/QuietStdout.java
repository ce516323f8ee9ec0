package dev.dartboard.nas;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * Runs a task with {@code System.out} swapped for a sink: SameDiff 1.0.0-M2.1 prints one
 * "Added differentiated op" line per op to stdout while it builds a gradient function, and our
 * stdout is reserved for JSON. Threading: the swap is process-wide; other threads' stdout
 * output during the task is lost too (graph building is short and happens before any JSON).
 */
final class QuietStdout {
    private static final Object LOCK = new Object();

    private QuietStdout() {}

    static <T> T call(Supplier<T> task) {
        synchronized (LOCK) {
            PrintStream out = System.out;
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            try {
                return task.get();
            } finally {
                System.setOut(out);
            }
        }
    }
}
