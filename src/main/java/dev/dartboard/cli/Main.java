package dev.dartboard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless entry point ({@code bin/dartboard}). Contract for every command: JSON on stdout,
 * human logs on stderr, exit 0 ok, 1 some inputs rejected or the work failed, 2 usage error;
 * user errors print one readable line, never a stack trace ({@code DARTBOARD_DEBUG=1} shows it).
 */
@Command(name = "dartboard", mixinStandardHelpOptions = true, version = "Dartboard 0.1.0",
        description = "Tiny keyword spotting: data-aware architecture search under MCU budgets.",
        subcommands = {FeaturesCommand.class, DatasetCommand.class, PortsCommand.class, DeviceCommand.class,
                FlashCommand.class, MonitorCommand.class, SearchCommand.class, TrainCommand.class, EvalCommand.class,
                QuantizeCommand.class, ExportCommand.class, PipelineCommand.class, ParetoCommand.class,
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

    /** Sets the handler that prints one readable line (no stack trace) for a failed command. */
    static CommandLine withErrorHandler(CommandLine cl) {
        cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
            cmd.getErr().println("error: " + describe(ex));
            if (System.getenv("DARTBOARD_DEBUG") != null) ex.printStackTrace(cmd.getErr());
            return ExitCodes.FAILED;
        });
        return cl;
    }

    static String describe(Throwable ex) {
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.err);
    }
}
