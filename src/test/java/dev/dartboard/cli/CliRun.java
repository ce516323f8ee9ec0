package dev.dartboard.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One CLI command run in-process with Main's error handler: its exit code, stdout and stderr. */
record CliRun(int code, String out, String err) {
    static CliRun exec(Object command, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.withErrorHandler(new CommandLine(command));
        cl.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
