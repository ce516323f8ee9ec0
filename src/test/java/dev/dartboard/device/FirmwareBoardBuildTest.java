package dev.dartboard.device;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The firmware core's C unit test on the host, and its compile for the Nano 33 BLE's Cortex-M4F. */
class FirmwareBoardBuildTest {
    private static final Path BUILD = Path.of("target", "firmware-build").toAbsolutePath();

    @Test
    void coreUnitTestPassesOnTheHost() throws Exception {
        assertEquals(0, make("test-core"));
    }

    @Test
    void coreCompilesForCortexM4() throws Exception {
        assumeTrue(onPath("arm-none-eabi-gcc"), "arm-none-eabi-gcc is not installed (apt-get install gcc-arm-none-eabi): M4 compile check skipped");
        assertEquals(0, make("m4"));
        assertEquals(true, Files.exists(BUILD.resolve("m4/dp_proto.o")));
    }

    private static int make(String target) throws Exception {
        Process p = new ProcessBuilder("make", "-s", "-C", "firmware", target, "BUILD=" + BUILD).inheritIO().start();
        return p.waitFor();
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            if (Files.isExecutable(Path.of(dir, tool))) return true;
        return false;
    }
}
