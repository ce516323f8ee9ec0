package dev.dartboard.export.csource;

import dev.dartboard.quant.QuantModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Exports a model's C library under target/, builds it with the host gcc and runs the test harness. */
final class HostBuild {
    final Path dir;
    final Path exe;
    final CSourceExporter.Result result;

    HostBuild(QuantModel m, String name) throws IOException, InterruptedException {
        dir = Path.of("target", "csource-test", name);
        result = new CSourceExporter().export(m, dir);
        Files.copy(Path.of("src/test/resources/export/csource/harness.c"), dir.resolve("harness.c"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        exe = dir.resolve("harness");
        List<String> cmd = new ArrayList<>(List.of("gcc", "-std=c99", "-Wall", "-Wextra", "-Werror", "-O2", "-o", exe.toString()));
        for (Path p : result.sources()) cmd.add(p.toString());
        cmd.add(dir.resolve("harness.c").toString());
        cmd.add("-lm");
        run(cmd, null);
    }

    static boolean gccAvailable() {
        try {
            return new ProcessBuilder("gcc", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Runs the harness in a mode with stdin bytes; returns stdout lines. */
    List<String> harness(String mode, byte[] stdin) throws IOException, InterruptedException {
        return run(List.of(exe.toString(), mode), stdin);
    }

    static List<String> run(List<String> cmd, byte[] stdin) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Thread feeder = new Thread(() -> {
            try (var out = p.getOutputStream()) {
                if (stdin != null) out.write(stdin);
            } catch (IOException ignored) {
                // the process ended early; its exit code tells
            }
        });
        feeder.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0)
            throw new IOException(String.join(" ", cmd) + " failed:\n" + out);
        feeder.join();
        return out.isBlank() ? List.of() : List.of(out.strip().split("\n"));
    }
}
