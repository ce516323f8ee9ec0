package dev.dartboard.export;

import dev.dartboard.export.arduino.ArduinoLibraryExporter;
import dev.dartboard.export.arduino.LibraryZip;
import dev.dartboard.export.blob.BlobWriter;
import dev.dartboard.export.card.CardInputs;
import dev.dartboard.export.card.ModelCardBuilder;
import dev.dartboard.export.card.ModelCardWriter;
import dev.dartboard.export.csource.CSourceExporter;
import dev.dartboard.export.tflite.TfliteWriter;
import dev.dartboard.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes the chosen deployables of one trained, quantized run into {@code out}: {@code model.tflite},
 * {@code c/}, {@code arduino/<LibName>/}, {@code model_card.md/.json}, {@code model.blob} (layout in {@link ExportFormat}).
 * Files of formats not chosen are left alone (every front end, float or Q15, has a blob).
 * Stateless apart from its collaborators.
 */
public final class RunExporter {
    public static final String TFLITE = "model.tflite", C_DIR = "c", ARDUINO_DIR = "arduino", BLOB = "model.blob";
    private final TfliteWriter tflite;
    private final CSourceExporter csource;
    private final ArduinoLibraryExporter arduino;
    private final ModelCardBuilder cards;
    private final ModelCardWriter cardWriter;

    public RunExporter(TfliteWriter tflite, CSourceExporter csource, ArduinoLibraryExporter arduino,
                       ModelCardBuilder cards, ModelCardWriter cardWriter) {
        this.tflite = tflite;
        this.csource = csource;
        this.arduino = arduino;
        this.cards = cards;
        this.cardWriter = cardWriter;
    }

    /** Writes the chosen formats; the files and folders written, in format order. */
    public List<Path> export(CardInputs in, Path out, Set<ExportFormat> formats) throws IOException {
        Files.createDirectories(out);
        List<Path> written = new ArrayList<>();
        if (formats.contains(ExportFormat.TFLITE)) {
            AtomicFiles.write(out.resolve(TFLITE), tflite.write(in.quant()));
            written.add(out.resolve(TFLITE));
        }
        if (formats.contains(ExportFormat.C)) {
            csource.export(in.quant(), out.resolve(C_DIR));
            written.add(out.resolve(C_DIR));
        }
        if (formats.contains(ExportFormat.ARDUINO)) {
            Path lib = arduino.export(in.quant(), in.costs(), out.resolve(ARDUINO_DIR));
            written.add(lib);
            written.add(LibraryZip.write(lib, lib.resolveSibling(lib.getFileName() + ".zip")));
        }
        if (formats.contains(ExportFormat.CARD)) written.addAll(cardWriter.write(cards.build(in), out));
        if (formats.contains(ExportFormat.BLOB)) {
            AtomicFiles.write(out.resolve(BLOB), new BlobWriter().write(in.quant()));
            written.add(out.resolve(BLOB));
        }
        return List.copyOf(written);
    }
}
