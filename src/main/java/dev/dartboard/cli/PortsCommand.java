package dev.dartboard.cli;

import dev.dartboard.device.PortDiscovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dartboard ports}: serial ports as a JSON list (path, description, usbId, likelyBoard). */
@Command(name = "ports", mixinStandardHelpOptions = true, description = "List serial ports and the boards behind them.")
public final class PortsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--also", description = "Extra port paths to list if they exist (e.g. a socat pty link).")
    List<String> also = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Json.print(spec.commandLine().getOut(), PortDiscovery.linux().list(also));
        return ExitCodes.OK;
    }
}
