package dev.dartboard.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Dartboard JVM started by a test that kills and resumes work (a search, a sweep's executor): this JVM's java,
 * the serial GC, ND4J's off-heap limits lifted, stdout and stderr appended to {@code HOME/out.log} and
 * {@code HOME/err.log}, and a wait that fails with the tail of err.log. Stateless.
 */
final class ChildJvm {
    /** ND4J's off-heap limits lifted (JavaCPP's own accounting would otherwise stop a long search). */
    static final String ND4J_LIMITS_OFF = "-Dorg.bytedeco.javacpp.maxphysicalbytes=0 -Dorg.bytedeco.javacpp.maxbytes=0";

    private ChildJvm() { }

    /** {@code java -Xmx<heap> -XX:+UseSerialGC <ND4J off-heap limits off> <jvmOptions> -cp <classPath>}; append the main class and its arguments. */
    static List<String> command(String heap, String classPath, List<String> jvmOptions) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseSerialGC"));
        cmd.addAll(List.of(ND4J_LIMITS_OFF.split(" ")));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", classPath));
        return cmd;
    }

    /** The process of {@code cmd} with its output appended to the logs in {@code home} (created); not started. */
    static ProcessBuilder logged(List<String> cmd, Path home) throws IOException {
        Files.createDirectories(home);
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("out.log").toFile()))
                .redirectError(ProcessBuilder.Redirect.appendTo(home.resolve("err.log").toFile()));
    }

    /** Waits up to {@code limitS} seconds for {@code p} (killing it when late) and asserts it ended with exit 0. */
    static void finish(Process p, Path home, long limitS, String what) throws Exception {
        boolean done = p.waitFor(limitS, TimeUnit.SECONDS);
        if (!done) p.destroyForcibly();
        assertTrue(done, what + " did not finish in time: " + log(home));
        assertEquals(0, p.exitValue(), log(home));
    }

    /** The last 4,000 characters of {@code HOME/err.log}. */
    static String log(Path home) throws IOException {
        Path err = home.resolve("err.log");
        if (!Files.exists(err)) return "(no stderr)";
        String s = Files.readString(err);
        return s.substring(Math.max(0, s.length() - 4000));
    }
}
