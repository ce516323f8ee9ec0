package dev.dartboard.ui.deploy;

import dev.dartboard.device.PtyPair;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue 17 item 5: the studio's simulator (and its socat) stop on Stop/close, and a dead simulator's socat is not left behind. */
class SimulatorControlTest {
    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void awaitGone(long pid) throws Exception {
        var h = ProcessHandle.of(pid);
        if (h.isPresent()) h.get().onExit().get(5, TimeUnit.SECONDS);
    }

    @Test
    void stopEndsBothProcessesAndARestartAfterACrashLeavesNoOldSocat() throws Exception {
        assumeTrue(SimulatorControl.missingTools().isEmpty() && PtyPair.socatAvailable(), "needs gcc and socat");
        Path work = Files.createDirectories(Path.of("target", "device-sim"));
        SimulatorControl control = new SimulatorControl(Path.of("firmware"), work);
        try {
            Path port = control.start();
            List<Long> first = control.pids();
            assertEquals(2, first.size());
            assertTrue(alive(first.get(0)) && alive(first.get(1)));
            assertEquals(port, control.port());
            // the simulator dies by itself: starting again must not leave the first socat running
            ProcessHandle.of(first.get(0)).orElseThrow().destroyForcibly();
            awaitGone(first.get(0));
            control.start();
            List<Long> second = control.pids();
            awaitGone(first.get(1));
            assertFalse(alive(first.get(1)), "the first socat still runs");
            assertNotEquals(first, second);
            control.close();   // what Stop and closing the studio call
            for (long pid : second) awaitGone(pid);
            assertFalse(alive(second.get(0)) || alive(second.get(1)), "Stop left a process running");
            assertEquals(List.of(), control.pids());
        } finally {
            control.close();
        }
    }
}
