package dev.dartboard.device;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The firmware core's C unit test on the host, its compile for the Nano 33 BLE's Cortex-M4F, and the sketch's compile. */
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

    /** The sketch (core copied by make sketch) against stub Arduino.h / nrf.h and the export's PDM.h stub: host g++
     *  (flash addresses are 32-bit, so int-to-pointer casts are allowed there) and arm-none-eabi-g++ when installed. */
    @Test
    void sketchWithMicrophoneCompilesAgainstStubHeaders() throws Exception {
        assertEquals(0, make("sketch"));
        String ino = Path.of("firmware/arduino/dartboard_fw/dartboard_fw.ino").toString();
        List<String> stubs = List.of("-I", "src/test/resources/device/sketch", "-I", "src/test/resources/export/arduino", "-I", "firmware/arduino/dartboard_fw");
        List<String> host = new ArrayList<>(List.of("g++", "-std=gnu++11", "-Wall", "-Werror", "-Wno-int-to-pointer-cast", "-fsyntax-only", "-x", "c++", ino));
        host.addAll(stubs);
        assertEquals(0, new ProcessBuilder(host).inheritIO().start().waitFor(), "host g++");
        if (!onPath("arm-none-eabi-g++")) return;
        List<String> m4 = new ArrayList<>(List.of("arm-none-eabi-g++", "-std=gnu++11", "-Wall", "-Werror", "-mcpu=cortex-m4", "-mthumb",
                "-mfpu=fpv4-sp-d16", "-mfloat-abi=softfp", "-Os", "-x", "c++", "-c", ino, "-o", BUILD.resolve("dartboard_fw.o").toString()));
        m4.addAll(stubs);
        Files.createDirectories(BUILD);
        assertEquals(0, new ProcessBuilder(m4).inheritIO().start().waitFor(), "arm-none-eabi-g++");
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
