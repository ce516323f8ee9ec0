package dev.dartboard.cli;

import dev.dartboard.device.DetectionRule;
import dev.dartboard.device.PtyPair;
import dev.dartboard.device.SimulatorBuild;
import dev.dartboard.device.SimulatorProcess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code dartboard device simulate}: builds the host simulator, puts it on one end of a socat pty
 * pair and prints the other end as JSON ({@code {"port": ...}}); runs until interrupted. When the simulator (or
 * socat) stops by itself, exits 1 with the simulator's exit code and last words (its log's last lines) on stderr. With {@code --mic}
 * the simulator listens to WAV audio with the board's front end, model and detection rule and sends DETECT frames.
 * Interrupting the thread that runs it (an in-process caller) stops the simulator and socat and exits 0.
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

    @Option(names = "--mic", description = "WAV file or folder of WAVs (16-bit mono, the model's rate) the board hears; every HELLO (monitor sends one) plays it from the start.")
    Path mic;

    @Option(names = "--mic-speed", defaultValue = "1", description = "Playback speed of --mic (1 real time, 0 as fast as possible).")
    double micSpeed;

    @Option(names = "--average", defaultValue = "3", description = "Detection: score vectors averaged (1..8).") int average;
    @Option(names = "--threshold", defaultValue = "0", description = "Detection: int8 score the average must reach.") int threshold;
    @Option(names = "--every-frames", defaultValue = "5", description = "Detection: run the model every N feature frames.") int everyFrames;
    @Option(names = "--refractory-ms", defaultValue = "1000", description = "Detection: quiet time after a detection.") long refractoryMs;

    @Override
    public Integer call() throws Exception {
        try {
            new DetectionRule.Config(average, threshold, everyFrames, refractoryMs); // validates the rule's ranges
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "invalid detection rule: " + e.getMessage(), e);
        }
        if (mic != null && !Files.exists(mic)) throw new IllegalArgumentException("--mic " + mic + ": no such file or folder");
        Path bin = new SimulatorBuild(firmware, Path.of("target", "device-sim")).build();
        List<String> args = new ArrayList<>(List.of("--chatter", Integer.toString(chatterMs)));
        if (mic != null) args.addAll(List.of("--mic", mic.toString(), "--mic-speed", Double.toString(micSpeed), "--average", Integer.toString(average),
                "--threshold", Integer.toString(threshold), "--every-frames", Integer.toString(everyFrames), "--refractory-ms", Long.toString(refractoryMs)));
        try (PtyPair pty = PtyPair.open(link);
             SimulatorProcess sim = SimulatorProcess.start(bin, pty.a(), flash, Path.of("target", "device-sim", "sim.log"), args.toArray(String[]::new))) {
            Json.print(spec.commandLine().getOut(), Map.of("port", pty.b().toString(), "flash", flash.toString()));
            try {
                while (sim.isAlive() && pty.isAlive()) Thread.sleep(200);
            } catch (InterruptedException stop) {   // an in-process caller (the headless tour) stops it: both processes go
                return ExitCodes.OK;
            }
            if (sim.isAlive()) {
                spec.commandLine().getErr().println("error: socat (the virtual serial port " + pty.b() + ") stopped; the simulator is stopped too");
                return ExitCodes.FAILED;
            }
            int code = sim.waitFor(1000);
            List<String> words = sim.lastWords(5);
            spec.commandLine().getErr().println("error: the simulator exited with code " + code
                    + (words.isEmpty() ? " without a word" : ": " + String.join(" | ", words)));
            return ExitCodes.FAILED;
        }
    }
}
