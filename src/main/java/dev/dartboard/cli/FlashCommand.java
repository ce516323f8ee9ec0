package dev.dartboard.cli;

import dev.dartboard.device.BoardClient;
import dev.dartboard.device.BoardRequirements;
import dev.dartboard.device.Crc32;
import dev.dartboard.device.FlashResult;
import dev.dartboard.device.Flasher;
import dev.dartboard.device.FrameChannel;
import dev.dartboard.device.JsscSerialLink;
import dev.dartboard.device.RetryPolicy;
import dev.dartboard.export.blob.BlobReader;
import dev.dartboard.run.RunFolder;
import picocli.CommandLine.ArgGroup;
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

/**
 * {@code dartboard flash --port P (--model FILE.blob | --run RUN)}: checks the blob, uploads,
 * verifies, commits; progress on stderr, result JSON on stdout.
 */
@Command(name = "flash", mixinStandardHelpOptions = true, description = "Upload a model blob to the board over serial.")
public final class FlashCommand implements Callable<Integer> {
    /** The file a training run folder holds once it was quantized. */
    public static final String RUN_BLOB = RunFolder.BLOB;
    @Spec CommandSpec spec;

    @Option(names = "--port", required = true, description = "Serial port path.")
    String port;

    static final class Source {
        @Option(names = "--model", description = "Model blob file (dartboard model blob v1 to v3).") Path model;
        @Option(names = "--run", description = "Training run folder; flashes RUN/" + RUN_BLOB + ".") Path run;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--model-id", description = "Model id stored with the slot (default: CRC32 of the file).")
    Long modelId;

    @Option(names = "--simulator", description = "Use the simulator's short timeouts.")
    boolean simulator;

    @Override
    public Integer call() throws Exception {
        Path file = blobFile();
        if (file == null) return ExitCodes.FAILED;
        if (Files.isDirectory(file)) throw new java.io.IOException(file + ": is a folder, expected a model blob file");
        byte[] blob = Files.readAllBytes(file);
        try { // a clear error for a file that is no model blob, or a damaged one, before touching the board
            new BlobReader().read(blob);
        } catch (IllegalArgumentException e) {
            throw new java.io.IOException(file + ": " + e.getMessage() + "; nothing was sent to the board", e);
        }
        long id = modelId != null ? modelId : Crc32.of(blob);
        try (JsscSerialLink link = JsscSerialLink.open(port)) {
            BoardClient client = new BoardClient(new FrameChannel(link, new Random().nextInt(0x10000),
                    f -> spec.commandLine().getErr().println("board: " + new String(f.payload(), 1, f.payload().length - 1))),
                    simulator ? RetryPolicy.SIMULATOR : RetryPolicy.BOARD);
            FlashResult r = new Flasher(client, BoardRequirements.NANO_33_BLE, 8).flash(blob, id,
                    (phase, done, total) -> spec.commandLine().getErr().printf("\r%s %d/%d", phase, done, total));
            spec.commandLine().getErr().println();
            Json.print(spec.commandLine().getOut(), result(file, r));
        }
        return ExitCodes.OK;
    }

    /** The blob to flash, or null after telling the user why a run folder has none. */
    private Path blobFile() {
        if (source.model != null) return source.model;
        RunFolder run = RunFolder.of(source.run);
        Path blob = run.blob();
        if (Files.isRegularFile(blob)) {
            try {
                run.provenance().verify(blob);   // a blob of an earlier model is never flashed
            } catch (java.io.IOException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return null;
            }
            return blob;
        }
        String what = run.hasFloatModel()
                ? "has a trained float model but no quantized model yet" : "has no model yet";
        spec.commandLine().getErr().println("the run " + source.run + " " + what + " (" + RUN_BLOB
                + " is missing): quantize the run first, then flash it");
        return null;
    }

    private static Map<String, Object> result(Path file, FlashResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", file.toString());
        out.put("bytes", r.bytes());
        out.put("bytesPerSecond", Math.round(r.bytesPerSecond()));
        out.put("resumedFrom", r.resumedFrom());
        out.put("board", r.info());
        return out;
    }
}
