package dev.dartboard.export;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What {@link RunExporter} writes; CLI names are the lower-case ones. */
public enum ExportFormat {
    /** {@code model.tflite}. */
    TFLITE,
    /** {@code c/}: the interpreter-free C library. */
    C,
    /** {@code arduino/<LibName>/}: the Arduino library with the kws_micro example, and {@code arduino/<LibName>.zip} for the IDE. */
    ARDUINO,
    /** {@code model_card.md} + {@code model_card.json}. */
    CARD,
    /** {@code model.blob}: what {@code dartboard flash} uploads to the Dartboard firmware. */
    BLOB;

    /** @throws IllegalArgumentException naming the unknown format and the known ones */
    public static Set<ExportFormat> parse(List<String> names) {
        Set<ExportFormat> s = EnumSet.noneOf(ExportFormat.class);
        for (String n : names) {
            try {
                s.add(valueOf(n.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown export format '" + n + "' (tflite, c, arduino, card, blob)");
            }
        }
        return s;
    }
}
