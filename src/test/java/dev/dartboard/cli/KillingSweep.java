package dev.dartboard.cli;

import dev.dartboard.sweep.GridPoint;
import dev.dartboard.sweep.PointRunner;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * {@code dartboard sweep} whose point VICTIM kills its executor's JVM ({@code Runtime.halt}, as a SIGKILL would:
 * no shutdown hooks, no cleanup) once its search has written its first checkpoint, on the first attempt only
 * (MARKER records that it happened). Args: VICTIM MARKER, then the sweep's own. For {@link SweepSparkTest}.
 */
public final class KillingSweep {
    public static void main(String[] args) {
        PointRunner runner = new HaltOnce(new SweepPointRunner(), args[0], args[1]);
        System.exit(Main.withErrorHandler(new CommandLine(new SweepCommand(runner))).execute(Arrays.copyOfRange(args, 2, args.length)));
    }

    /** The real runner; on the victim's first attempt a watcher halts the JVM after the first checkpoint. */
    record HaltOnce(PointRunner inner, String victim, String marker) implements PointRunner {
        @Override
        public void check(GridPoint point) throws Exception { inner.check(point); }

        @Override
        public String run(GridPoint p, String sweepDir) throws Exception {
            Path mark = Path.of(marker);
            if (p.id().equals(victim) && !Files.exists(mark)) {
                Path manifest = SweepPointRunner.runFolder(Path.of(sweepDir), p.id()).resolve("checkpoint/manifest.json");
                Thread watcher = new Thread(() -> {
                    try {
                        while (!Files.exists(manifest)) Thread.sleep(5);
                        Files.writeString(mark, Long.toString(ProcessHandle.current().pid()));
                    } catch (Exception e) {
                        e.printStackTrace();
                    }
                    Runtime.getRuntime().halt(137);
                }, "halt-after-checkpoint");
                watcher.setDaemon(true);
                watcher.start();
            }
            return inner.run(p, sweepDir);
        }
    }
}
