package dev.dartboard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dartboard dataset check|stats|synth|add}. */
@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = "Inspect, summarise or synthesise keyword data sets.",
        subcommands = {DatasetCheckCommand.class, DatasetStatsCommand.class, DatasetSynthCommand.class, DatasetAddCommand.class})
public final class DatasetCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: check, stats, synth or add");
    }
}
