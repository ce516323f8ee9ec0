package dev.dartboard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dartboard device info|simulate|test}. */
@Command(name = "device", mixinStandardHelpOptions = true, description = "Talk to a Dartboard board or run the simulator.",
        subcommands = {DeviceInfoCommand.class, DeviceSimulateCommand.class, DeviceTestCommand.class})
public final class DeviceCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: info, simulate or test");
    }
}
