package dev.dartboard.cli;

import dev.dartboard.device.BoardClient;
import dev.dartboard.device.BoardRequirements;
import dev.dartboard.device.Crc32;
import dev.dartboard.device.FlashResult;
import dev.dartboard.device.Flasher;
import dev.dartboard.device.FrameChannel;
import dev.dartboard.device.JsscSerialLink;
import dev.dartboard.device.RetryPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

/** {@code dartboard flash --port P --model FILE}: uploads, verifies, commits; progress on stderr, result JSON on stdout. */
@Command(name = "flash", mixinStandardHelpOptions = true, description = "Upload a model blob to the board over serial.")
public final class FlashCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--port", required = true, description = "Serial port path.")
    String port;

    @Option(names = "--model", required = true, description = "Model blob file.")
    Path model;

    @Option(names = "--model-id", description = "Model id stored with the slot (default: CRC32 of the file).")
    Long modelId;

    @Option(names = "--simulator", description = "Use the simulator's short timeouts.")
    boolean simulator;

    @Override
    public Integer call() throws Exception {
        byte[] blob = Files.readAllBytes(model);
        long id = modelId != null ? modelId : Crc32.of(blob);
        try (JsscSerialLink link = JsscSerialLink.open(port)) {
            BoardClient client = new BoardClient(new FrameChannel(link, new Random().nextInt(0x10000),
                    f -> spec.commandLine().getErr().println("board: " + new String(f.payload(), 1, f.payload().length - 1))),
                    simulator ? RetryPolicy.SIMULATOR : RetryPolicy.BOARD);
            FlashResult r = new Flasher(client, BoardRequirements.NANO_33_BLE, 8).flash(blob, id,
                    (phase, done, total) -> spec.commandLine().getErr().printf("\r%s %d/%d", phase, done, total));
            spec.commandLine().getErr().println();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("bytes", r.bytes());
            out.put("bytesPerSecond", Math.round(r.bytesPerSecond()));
            out.put("resumedFrom", r.resumedFrom());
            out.put("board", r.info());
            Json.print(spec.commandLine().getOut(), out);
        }
        return ExitCodes.OK;
    }
}
