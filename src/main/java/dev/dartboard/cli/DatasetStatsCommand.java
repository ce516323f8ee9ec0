package dev.dartboard.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** PLACEHOLDER of the Foundation slice: {@code stats} lands with its service. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Not available yet.")
public final class DatasetStatsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new IllegalStateException("'stats' is not available yet");
    }
}
