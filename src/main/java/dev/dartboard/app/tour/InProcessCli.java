package dev.dartboard.app.tour;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;

/**
 * Runs {@code dartboard} commands in this JVM exactly as {@code bin/dartboard ARGS} would (the same picocli tree,
 * options and error handling), with stdout and stderr going to the given writers.
 */
final class InProcessCli {
    /** A command that did not exit 0: its arguments, exit code and what it said on stderr. */
    static final class Failed extends Exception {
        final int code;
        final String said;

        Failed(List<String> args, int code, String said) {
            super("dartboard " + String.join(" ", args) + " exited " + code);
            this.code = code;
            this.said = said;
        }
    }

    private final ObjectMapper mapper = new ObjectMapper();

    /** Runs one command; returns its exit code. */
    int run(Writer out, Writer err, String... args) {
        PrintWriter o = new PrintWriter(out, true), e = new PrintWriter(err, true);
        int code = Main.commandLine().setOut(o).setErr(e).execute(args);
        o.flush();
        e.flush();
        return code;
    }

    /**
     * Runs one command whose stdout is one JSON document and returns it. Its stderr goes to {@code progress}
     * when given (live), otherwise it is kept and shown only if the command fails.
     */
    JsonNode json(Writer progress, String... args) throws Failed, IOException {
        StringWriter out = new StringWriter(), kept = new StringWriter();
        int code = run(out, progress != null ? progress : kept, args);
        if (code != 0) throw new Failed(List.of(args), code, kept.toString());
        return mapper.readTree(out.toString());
    }
}
