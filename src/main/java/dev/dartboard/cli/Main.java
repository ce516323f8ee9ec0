package dev.dartboard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The headless entry point ({@code bin/dartboard}). Contract for every command: JSON on stdout,
 * human logs on stderr, exit 0 ok, 1 some inputs rejected or the work failed, 2 usage error;
 * user errors print one readable line, never a stack trace ({@code DARTBOARD_DEBUG=1} shows it).
 */
@Command(name = "dartboard", mixinStandardHelpOptions = true, version = "Dartboard 0.1.0",
        description = "Tiny keyword spotting: data-aware architecture search under MCU budgets.",
        subcommands = {FeaturesCommand.class, DatasetCommand.class, PortsCommand.class, DeviceCommand.class,
                FlashCommand.class, MonitorCommand.class, SearchCommand.class, TrainCommand.class, EvalCommand.class,
                QuantizeCommand.class, ExportCommand.class, PipelineCommand.class, ParetoCommand.class, SweepCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured picocli tree, with the error handler that keeps stack traces away from users. */
    public static CommandLine commandLine() {
        return withErrorHandler(new CommandLine(new Main()));
    }

    /**
     * Sets the handlers that keep stack traces away from users: a failed command prints one readable line
     * and exits 1; a usage error (bad option value, missing option) prints the message, which names the
     * option and the value, plus where to find the options, and exits 2.
     */
    static CommandLine withErrorHandler(CommandLine cl) {
        cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
            cmd.getErr().println("error: " + describe(ex));
            if (System.getenv("DARTBOARD_DEBUG") != null) ex.printStackTrace(cmd.getErr());
            return ExitCodes.FAILED;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println("error: " + usageMessage(ex));
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("see '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options");
            if (System.getenv("DARTBOARD_DEBUG") != null) ex.printStackTrace(err);
            return ExitCodes.USAGE;
        });
        return cl;
    }

    /**
     * A converter's refusal as "--sram: 'abc' is not a size; use e.g. …" (its message already quotes the value),
     * anything else as picocli words it ("Invalid value for option '--epochs': 'x' is not an int", "Missing …").
     */
    static String usageMessage(CommandLine.ParameterException ex) {
        if (ex.getCause() instanceof CommandLine.TypeConversionException t && ex.getArgSpec() instanceof CommandLine.Model.OptionSpec o)
            return o.longestName() + ": " + t.getMessage();
        return ex.getMessage();
    }

    /** One line for a failed command: the message, or for a file-system error the file and what is wrong with it. */
    static String describe(Throwable ex) {
        if (ex instanceof UncheckedIOException u && u.getCause() != null) return describe(u.getCause());
        if (ex instanceof FileSystemException f && f.getReason() == null && f.getFile() != null && !f.getFile().contains(": "))
            return f.getFile() + ": " + fileProblem(f) + (f.getOtherFile() == null ? "" : " (" + f.getOtherFile() + ")");
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
    }

    private static String fileProblem(FileSystemException f) {
        if (f instanceof NoSuchFileException) return "not found";
        if (f instanceof FileAlreadyExistsException) return "already exists and is not a folder";
        if (f instanceof NotDirectoryException) return "not a folder";
        if (f instanceof AccessDeniedException) return "permission denied";
        if (f instanceof DirectoryNotEmptyException) return "folder not empty";
        return "cannot be used (" + f.getClass().getSimpleName() + ")";
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.err);
    }
}
