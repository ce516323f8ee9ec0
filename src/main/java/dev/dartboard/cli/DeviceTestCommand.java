package dev.dartboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.data.DataPreparer;
import dev.dartboard.device.BoardClient;
import dev.dartboard.device.Crc32;
import dev.dartboard.device.DeviceException;
import dev.dartboard.device.DeviceTestInputs;
import dev.dartboard.device.FrameChannel;
import dev.dartboard.device.HostPipeline;
import dev.dartboard.device.JsscSerialLink;
import dev.dartboard.device.OnDeviceTester;
import dev.dartboard.device.RetryPolicy;
import dev.dartboard.export.blob.BlobReader;
import dev.dartboard.model.Split;
import dev.dartboard.quant.Int8Interpreter;
import dev.dartboard.quant.QuantModel;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code dartboard device test --port P --model FILE.blob (--data DIR [--pcm] | --features FILE)}: runs the
 * inputs on the board's boot model (which must be this blob) and reports agreement with
 * Int8Interpreter, accuracy where labels are known, and cycles per inference, as JSON. With {@code --pcm}
 * the clips go as PCM through the board's front end and are compared with the Java pipeline.
 */
@Command(name = "test", mixinStandardHelpOptions = true, description = "Test the flashed model on the board against Int8Interpreter.")
public final class DeviceTestCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--port", required = true, description = "Serial port path.") String port;
    @Option(names = "--model", required = true, description = "The model blob that was flashed.") Path model;

    static final class Inputs {
        @Option(names = "--data", description = "Data set folder (GSC layout or folder per label).") Path data;
        @Option(names = "--features", description = "float32 LE file of input rows (frames x features each).") Path features;
    }

    @ArgGroup(exclusive = true, multiplicity = "1") Inputs inputs;
    @Option(names = "--split", defaultValue = "TEST", description = "Split of --data to use: ${COMPLETION-CANDIDATES}.") Split split;
    @Option(names = "--limit", defaultValue = "500", description = "At most this many inputs.") int limit;
    @Option(names = "--simulator", description = "Use the simulator's short timeouts.") boolean simulator;
    @Option(names = "--pcm", description = "With --data: stream the clips as 16-bit PCM so the board's own front end runs; compares with the Java front end + Int8Interpreter.") boolean pcm;
    @Option(names = "--cache", description = "Feature cache folder (default: $DARTBOARD_CACHE/features or ~/.cache/dartboard/features).") Path cache;

    @Override
    public Integer call() throws Exception {
        byte[] blob = Files.readAllBytes(model);
        QuantModel m = new BlobReader().read(blob).model();
        if (pcm && inputs.data == null) throw new IllegalArgumentException("--pcm needs --data (the clips' audio)");
        List<OnDeviceTester.Sample> samples = pcm ? List.of() : samples(m);
        List<OnDeviceTester.Clip> clips = pcm ? DeviceTestInputs.pcmFromData(inputs.data, m, preparer(), split, limit) : List.of();
        try (JsscSerialLink link = JsscSerialLink.open(port)) {
            BoardClient client = new BoardClient(new FrameChannel(link, new Random().nextInt(0x10000), f -> { }),
                    simulator ? RetryPolicy.SIMULATOR : RetryPolicy.BOARD);
            var boot = client.hello().bootModel();
            if (boot == null || boot.crc32() != Crc32.of(blob))
                throw new DeviceException(DeviceException.Kind.REJECTED, "the board does not boot " + model + ": flash it first");
            OnDeviceTester tester = new OnDeviceTester(client, new Int8Interpreter(m));
            int total = pcm ? clips.size() : samples.size();
            java.util.function.IntConsumer progress = done -> spec.commandLine().getErr().printf("\rinfer %d/%d", done, total);
            OnDeviceTester.Report r = pcm ? tester.runPcm(clips, new HostPipeline(m), progress) : tester.run(samples, progress);
            spec.commandLine().getErr().println();
            Json.print(spec.commandLine().getOut(), r);
        }
        return ExitCodes.OK;
    }

    private List<OnDeviceTester.Sample> samples(QuantModel m) throws Exception {
        List<OnDeviceTester.Sample> all = inputs.features != null ? DeviceTestInputs.fromFeatures(inputs.features, m)
                : DeviceTestInputs.fromData(inputs.data, m, preparer(), split, limit);
        return all.subList(0, Math.min(limit, all.size()));
    }

    private DataPreparer preparer() { return new dev.dartboard.flow.DataStep(cache, new ObjectMapper()).preparer(); }
}
