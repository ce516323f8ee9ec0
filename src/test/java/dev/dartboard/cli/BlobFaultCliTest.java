package dev.dartboard.cli;

import dev.dartboard.export.blob.BlobWriter;
import dev.dartboard.quant.TestModels;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The model blob at rest, damaged in turn (truncated, one bit flipped in the weights, overwritten in place
 * with the same number of bytes, deleted): {@code flash} refuses it with exit 1 and a line naming the file,
 * before it opens the port (there is no board here). Before: a flipped weight bit was flashed.
 */
class BlobFaultCliTest {
    @TempDir Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "truncated         | truncated or extended",
            "bit flip          | payload checksum",
            "same-size garbage | magic DBKW missing",
            "same-size payload | payload checksum",
            "deleted           | "})
    void flashRefusesADamagedBlobNamingIt(String fault, String why) throws Exception {
        byte[] good = new BlobWriter().write(TestModels.quantized(TestModels.dsCnnS(41, 12)));
        Path file = dir.resolve("model.blob");
        byte[] bad = good.clone();
        Random r = new Random(fault.hashCode());
        switch (fault) {
            case "truncated" -> bad = Arrays.copyOf(good, good.length - 1000);
            case "bit flip" -> bad[good.length / 2] ^= 0x10;
            case "same-size garbage" -> r.nextBytes(bad);
            case "same-size payload" -> { // a valid header, everything after it overwritten
                byte[] tail = new byte[good.length - 100];
                r.nextBytes(tail);
                System.arraycopy(tail, 0, bad, 100, tail.length);
            }
            case "deleted" -> bad = null;
            default -> throw new IllegalArgumentException(fault);
        }
        if (bad != null) Files.write(file, bad);
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err, true));
        int rc = cl.execute("flash", "--port", dir.resolve("no-such-port").toString(), "--model", file.toString());
        assertEquals(1, rc, err.toString());
        assertTrue(err.toString().contains(file.toString()), err.toString());
        if (why != null) assertTrue(err.toString().contains(why) && err.toString().contains("nothing was sent to the board"), err.toString());
        assertTrue(!err.toString().contains("no-such-port"), "refused before the port was opened: " + err);
    }
}
