package dev.dartboard.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** PLACEHOLDER of the Foundation slice: {@code features} lands with its service. */
@Command(name = "features", mixinStandardHelpOptions = true, description = "Not available yet.")
public final class FeaturesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new IllegalStateException("'features' is not available yet");
    }
}
