package dev.dartboard.cli;

import dev.dartboard.device.BoardClient;
import dev.dartboard.device.FrameChannel;
import dev.dartboard.device.JsscSerialLink;
import dev.dartboard.device.RetryPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.Random;
import java.util.concurrent.Callable;

/** {@code dartboard device info --port P}: the board's INFO as JSON. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Show board, firmware and model slots.")
public final class DeviceInfoCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--port", required = true, description = "Serial port path, e.g. /dev/ttyACM0.")
    String port;

    @Override
    public Integer call() throws Exception {
        try (JsscSerialLink link = JsscSerialLink.open(port)) {
            BoardClient client = new BoardClient(new FrameChannel(link, new Random().nextInt(0x10000), f -> { }), RetryPolicy.BOARD);
            Json.print(spec.commandLine().getOut(), client.hello());
        }
        return ExitCodes.OK;
    }
}
