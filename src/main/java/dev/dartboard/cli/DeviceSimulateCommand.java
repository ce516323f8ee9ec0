package dev.dartboard.cli;

import dev.dartboard.device.PtyPair;
import dev.dartboard.device.SimulatorBuild;
import dev.dartboard.device.SimulatorProcess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code dartboard device simulate}: builds the host simulator, puts it on one end of a socat pty
 * pair and prints the other end as JSON ({@code {"port": ...}}); runs until interrupted.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, description = "Run the board simulator on a pty.")
public final class DeviceSimulateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--link", defaultValue = "/tmp/dartboard-sim", description = "Pty link prefix; the host side is <prefix>B.")
    Path link;

    @Option(names = "--flash", defaultValue = "target/device-sim/flash.img", description = "Flash image file (kept between runs).")
    Path flash;

    @Option(names = "--firmware", defaultValue = "firmware", description = "Firmware source folder.")
    Path firmware;

    @Option(names = "--chatter", defaultValue = "0", description = "Every MS milliseconds send a LOG and a DETECT on random features (0: off).")
    int chatterMs;

    @Override
    public Integer call() throws Exception {
        Path bin = new SimulatorBuild(firmware, Path.of("target", "device-sim")).build();
        try (PtyPair pty = PtyPair.open(link);
             SimulatorProcess sim = SimulatorProcess.start(bin, pty.a(), flash, Path.of("target", "device-sim", "sim.log"),
                     "--chatter", Integer.toString(chatterMs))) {
            Json.print(spec.commandLine().getOut(), Map.of("port", pty.b().toString(), "flash", flash.toString()));
            while (sim.isAlive()) Thread.sleep(200);
        }
        return ExitCodes.OK;
    }
}
