package dev.dartboard.cli;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Properties of the CLI's size and duration options over generated strings (issue 17 item 6): a string is either
 * parsed to the value a hand computation gives (number × 1024-based unit; ms or s), or refused as a usage error
 * (exit 2) whose first line names the option and quotes the value. Parsing only: no command runs.
 */
class OptionValuesPropertiesTest {
    /** Spellings of sizes as users type them, with the power of 1024 each means. */
    private static final String[][] SIZE_UNITS = {{"", "0"}, {"b", "0"}, {"k", "1"}, {"K", "1"}, {"kb", "1"}, {"KB", "1"},
            {"KiB", "1"}, {"m", "2"}, {"M", "2"}, {"MB", "2"}, {"mib", "2"}, {"g", "3"}, {"GB", "3"}};

    @Provide
    Arbitrary<String[]> sizes() {   // {text, expected bytes or "" when below one byte}
        Arbitrary<String> number = Arbitraries.oneOf(Arbitraries.integers().between(0, 99_999).map(String::valueOf),
                Combinators.combine(Arbitraries.integers().between(0, 999), Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3))
                        .as((i, f) -> i + "." + f));
        return Combinators.combine(number, Arbitraries.of(SIZE_UNITS), Arbitraries.of("", " "), Arbitraries.of("", "  "))
                .as((n, u, gap, pad) -> {
                    BigDecimal v = new BigDecimal(n).multiply(BigDecimal.valueOf(1024).pow(Integer.parseInt(u[1])));
                    // refused: below one byte, or above 1 TiB (no board has that)
                    String expected = v.compareTo(BigDecimal.ONE) < 0 || v.compareTo(BigDecimal.valueOf(1L << 40)) > 0 ? ""
                            : v.setScale(0, RoundingMode.HALF_UP).toPlainString();
                    return new String[] {pad + n + gap + u[0] + pad, expected};
                });
    }

    /** Anything a hand may type, except what the shell or picocli would read as an option or an @file. */
    @Provide
    Arbitrary<String> anything() {
        return Arbitraries.strings().withChars("0123456789.,kKmMgGbBiIsS +_xµ%e").ofMaxLength(8)
                .filter(s -> !s.startsWith("-"));
    }

    /** One picocli tree for all tries (building it is the slow part); picocli resets options between parses. */
    private static final CommandLine CLI = Main.commandLine();

    private static Object parse(String option, String value) {
        CommandLine cl = CLI;
        CommandLine.ParseResult r = cl.parseArgs("search", "--data", "d", "--out", "o", option, value);
        return r.subcommand().matchedOptionValue(option, null);
    }

    /** Exit code and first stderr line of the real entry point for a value that does not parse. */
    private static void assertUsageError(String option, String value) {
        StringWriter err = new StringWriter(), out = new StringWriter();
        CommandLine cl = CLI;
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(out, true));
        assertEquals(ExitCodes.USAGE, cl.execute("search", "--data", "d", "--out", "o", option, value), err.toString());
        String first = err.toString().lines().findFirst().orElse("");
        assertTrue(first.contains(option) && first.contains("'" + value + "'"), first);
        assertEquals("", out.toString());
    }

    @Property(tries = 100)
    void aWellFormedSizeParsesToNumberTimesUnit(@ForAll("sizes") String[] size) {
        Statistics.collect(size[1].isEmpty() ? "out of range" : "parsed");
        if (size[1].isEmpty()) {
            assertUsageError("--sram", size[0]);
            return;
        }
        assertEquals(Long.parseLong(size[1]), parse("--sram", size[0]), size[0]);
        assertEquals(Long.parseLong(size[1]), parse("--flash", size[0]), size[0]);
    }

    @Property(tries = 100)
    void anySizeTextParsesOrIsAUsageErrorNamingOptionAndValue(@ForAll("anything") String text) {
        Object v;
        try {
            v = parse("--flash", text);
        } catch (CommandLine.ParameterException e) {
            Statistics.collect("refused");
            assertUsageError("--flash", text);
            return;
        }
        Statistics.collect("parsed");
        assertTrue(v instanceof Long l && l >= 1, text + " → " + v);
    }

    @Property(tries = 100)
    void anyDurationTextParsesToMillisecondsOrIsAUsageError(@ForAll("anything") String text) {
        Object v;
        try {
            v = parse("--latency", text);
        } catch (CommandLine.ParameterException e) {
            Statistics.collect("refused");
            assertUsageError("--latency", text);
            return;
        }
        Statistics.collect("parsed");
        String t = text.trim().toLowerCase(Locale.ROOT);
        // hand computation: the number before the unit, ×1000 for seconds
        double expected = t.endsWith("ms") ? Double.parseDouble(t.substring(0, t.length() - 2).trim())
                : t.endsWith("s") ? 1000 * Double.parseDouble(t.substring(0, t.length() - 1).trim()) : Double.parseDouble(t);
        if (!(v instanceof Double d)) fail(text + " → " + v);
        else assertEquals(expected, d, 1e-9 * Math.max(1, expected), text);
        assertTrue((Double) v > 0, text);
    }
}
