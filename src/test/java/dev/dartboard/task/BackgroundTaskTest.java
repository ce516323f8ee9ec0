package dev.dartboard.task;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BackgroundTaskTest {

    /** Records every callback as a line, in order. */
    private static final class Log<T> implements TaskListener<T> {
        final List<String> lines = new ArrayList<>();

        @Override public void progress(double f) { lines.add("progress " + f); }
        @Override public void message(String m) { lines.add("message " + m); }
        @Override public void succeeded(T r) { lines.add("ok " + r); }
        @Override public void failed(Throwable e) { lines.add("failed " + ErrorText.of(e)); }
        @Override public void cancelled() { lines.add("cancelled"); }
    }

    @Test
    void reportsProgressMessagesThenTheResultInOrder() {
        Log<Integer> log = new Log<>();
        new DirectTaskExecutor().run("sum", ctx -> {
            ctx.updateMessage("adding");
            ctx.updateProgress(0.5);
            ctx.updateProgress(7);
            return 42;
        }, log);
        assertEquals(List.of("message adding", "progress 0.5", "progress 1.0", "ok 42"), log.lines);
    }

    @Test
    void errorsBecomeReadableFailures() {
        Log<Void> log = new Log<>();
        new DirectTaskExecutor().run("read", ctx -> { throw new IOException("samples/x is not a folder"); }, log);
        assertEquals(List.of("failed samples/x is not a folder"), log.lines);
    }

    @Test
    void workThatChecksTheFlagEndsAsCancelled() {
        Log<Integer> log = new Log<>();
        BackgroundTask<Integer> task = new BackgroundTask<>("loop", ctx -> {
            for (int i = 0; i < 10; i++) {
                if (i == 3) ctx.updateMessage("still going");
                ctx.checkCancelled();
            }
            return 1;
        }, log);
        task.cancel();
        new DirectTaskExecutor().execute(task);
        assertEquals(List.of("cancelled"), log.lines);
    }

    @Test
    void aTaskRunsOnlyOnce() {
        BackgroundTask<Integer> task = new BackgroundTask<>("once", ctx -> 1, new Log<>());
        task.runOn(Runnable::run);
        assertThrows(IllegalStateException.class, () -> task.runOn(Runnable::run));
    }

    @Test
    void errorTextNeverShowsAClassNameWhenAMessageExists() {
        Exception wrapped = new RuntimeException(null, new IllegalArgumentException("mel bins must be positive: 0"));
        assertEquals("mel bins must be positive: 0", ErrorText.of(wrapped));
        assertEquals("not found: /no/such.wav", ErrorText.of(new java.nio.file.NoSuchFileException("/no/such.wav")));
        assertEquals("unexpected problem (null pointer)", ErrorText.of(new NullPointerException()));
    }
}
