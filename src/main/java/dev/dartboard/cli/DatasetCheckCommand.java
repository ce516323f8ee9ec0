package dev.dartboard.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** PLACEHOLDER of the Foundation slice: {@code check} lands with its service. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Not available yet.")
public final class DatasetCheckCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new IllegalStateException("'check' is not available yet");
    }
}
