package dev.dartboard.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.device.BoardMonitor;
import dev.dartboard.device.JsscSerialLink;
import dev.dartboard.export.blob.BlobReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code dartboard monitor --port P [--model FILE.blob]}: prints the board's detections and log
 * lines as JSON lines (one object per line) until interrupted, or for {@code --duration-ms}.
 */
@Command(name = "monitor", mixinStandardHelpOptions = true, description = "Print the board's detections and logs as JSON lines.")
public final class MonitorCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--port", required = true, description = "Serial port path.") String port;
    @Option(names = "--model", description = "The flashed model blob, to name the detected labels.") Path model;
    @Option(names = "--duration-ms", defaultValue = "0", description = "Stop after this long (0: until interrupted).") long durationMs;

    @Override
    public Integer call() throws Exception {
        List<String> labels = model == null ? List.of() : new BlobReader().read(Files.readAllBytes(model)).model().labels();
        ObjectMapper json = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
        PrintWriter out = spec.commandLine().getOut();
        long end = durationMs > 0 ? System.currentTimeMillis() + durationMs : Long.MAX_VALUE;
        try (JsscSerialLink link = JsscSerialLink.open(port)) {
            BoardMonitor monitor = new BoardMonitor(labels);
            var channel = monitor.channel(link, new Random().nextInt(0x10000), e -> {
                try {
                    out.println(json.writeValueAsString(e));
                    out.flush();
                } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
                    throw new UncheckedIOException(x);
                }
            });
            BoardMonitor.greet(channel); // a simulator's --mic starts playing now
            BoardMonitor.run(channel, () -> System.currentTimeMillis() >= end || Thread.currentThread().isInterrupted());
        }
        return ExitCodes.OK;
    }
}
