package dev.dartboard.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Budget parsing and the refusal of impossible budgets before any featurizing. */
class SearchCommandTest {
    @TempDir Path run;

    @Test
    void sizesAndDurationsParse() {
        assertEquals(24 * 1024, OptionValues.bytes("24k"));
        assertEquals(256 * 1024, OptionValues.bytes("256KB"));
        assertEquals(1024 * 1024, OptionValues.bytes("1m"));
        assertEquals(24000, OptionValues.bytes("24000"));
        assertEquals(200.0, OptionValues.millis("200ms"));
        assertEquals(200.0, OptionValues.millis("0.2s"));
        assertEquals(150.0, OptionValues.millis("150"));
    }

    @Test
    void anImpossibleBudgetIsRefusedWithTheSmallestNumbersAndExitOne() {
        StringWriter err = new StringWriter(), out = new StringWriter();
        CommandLine cl = new CommandLine(new SearchCommand());
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(out));
        int code = cl.execute("--data", "samples", "--sram", "2k", "--flash", "256k", "--latency", "200ms", "--out", run.toString());
        assertEquals(ExitCodes.FAILED, code);
        assertTrue(err.toString().startsWith("error: no network in the search space fits"), err.toString());
        assertTrue(err.toString().contains("smallest achievable are SRAM"), err.toString());
        assertEquals("", out.toString());
    }
}
