package dev.dartboard.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one owner of the CLI's size and duration spellings, as picocli converters: a value that does not
 * parse becomes picocli's usage error (exit 2) naming the option, the value and the accepted form.
 * Stateless; thread-safe.
 */
final class OptionValues {
    /** A number with an optional 1024-based unit: {@code 24576}, {@code 24k}, {@code 256KB}, {@code 1.5m}, {@code 2MiB}. */
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?");
    /** A number with an optional unit: {@code 200}, {@code 200ms}, {@code 0.2s}. */
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s)?");

    private OptionValues() { }

    /** {@code 24k} = 24,576; {@code 1m} = 1,048,576; {@code 1g} = 1024m; plain numbers are bytes; at least 1 byte. */
    static long bytes(String value) {
        Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) throw new TypeConversionException(quote(value) + " is not a size; use e.g. 24k or 24576 (bytes; k = 1024, m = 1024k)");
        long unit = switch (m.group(2)) {
            case "k" -> 1L << 10;
            case "m" -> 1L << 20;
            case "g" -> 1L << 30;
            default -> 1;
        };
        double v = Double.parseDouble(m.group(1)) * unit;
        if (v < 1) throw new TypeConversionException(quote(value) + " is less than one byte; use e.g. 24k or 24576");
        if (v > 1L << 40) throw new TypeConversionException(quote(value) + " is larger than any board; use e.g. 256k or 1m");
        return Math.round(v);
    }

    /** Milliseconds of {@code 200ms}, {@code 0.2s} or {@code 200} (ms); more than zero. */
    static double millis(String value) {
        Matcher m = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) throw new TypeConversionException(quote(value) + " is not a duration; use e.g. 200ms, 0.2s or 200 (ms)");
        double v = Double.parseDouble(m.group(1)) * ("s".equals(m.group(2)) ? 1000 : 1);
        if (v <= 0) throw new TypeConversionException(quote(value) + " is not a positive duration; use e.g. 200ms");
        return v;
    }

    private static String quote(String value) {
        return "'" + value + "'";
    }

    /** {@code --sram 24k}: bytes as a {@code Long}. */
    static final class Size implements ITypeConverter<Long> {
        @Override public Long convert(String value) { return bytes(value); }
    }

    /** {@code --latency 200ms}: milliseconds as a {@code Double}. */
    static final class Duration implements ITypeConverter<Double> {
        @Override public Double convert(String value) { return millis(value); }
    }
}
