package dev.dartboard.device;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.cli.DeviceInfoCommand;
import dev.dartboard.cli.FlashCommand;
import dev.dartboard.cli.PortsCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.dartboard.export.blob.BlobWriter;
import dev.dartboard.quant.TestModels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ports, flash and device-info commands, driven through picocli against the simulator. */
class FlashCommandBoardTest {
    @TempDir Path dir;

    @Test
    void portsPrintsAJsonList() throws Exception {
        JsonNode out = run(new PortsCommand(), "--also", "/nonexistent-pty");
        assertTrue(out.isArray());
    }

    @Test
    void flashThenInfoShowTheCommittedModel() throws Exception {
        try (SimRig rig = new SimRig(dir).start()) {
            byte[] blob = new BlobWriter().write(TestModels.quantized(TestModels.dsCnnS(20, 12)));
            Path model = Files.write(dir.resolve("model.blob"), blob);
            String port = rig.portB().toString();
            JsonNode flashed = run(new FlashCommand(), "--port", port, "--model", model.toString(), "--model-id", "5", "--simulator");
            assertEquals(blob.length, flashed.get("bytes").asLong());
            JsonNode info = run(new DeviceInfoCommand(), "--port", port);
            assertEquals(5, info.get("slots").get(info.get("bootSlot").asInt()).get("modelId").asLong());
            assertEquals(Crc32.of(blob), info.get("slots").get(info.get("bootSlot").asInt()).get("crc32").asLong());
        }
    }

    private static JsonNode run(Object command, String... args) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cl.execute(args), out.toString());
        return new ObjectMapper().readTree(out.toString());
    }
}
