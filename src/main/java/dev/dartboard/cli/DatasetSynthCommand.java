package dev.dartboard.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** PLACEHOLDER of the Foundation slice: {@code synth} lands with its service. */
@Command(name = "synth", mixinStandardHelpOptions = true, description = "Not available yet.")
public final class DatasetSynthCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new IllegalStateException("'synth' is not available yet");
    }
}
