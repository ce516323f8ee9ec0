package dev.dartboard.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.export.ExportFormat;
import dev.dartboard.export.RunExporter;
import dev.dartboard.export.arduino.ArduinoLibraryExporter;
import dev.dartboard.export.arduino.Publisher;
import dev.dartboard.export.card.ArmBuildProbe;
import dev.dartboard.export.card.CardInputs;
import dev.dartboard.export.card.MeasuredSizes;
import dev.dartboard.export.card.ModelCardBuilder;
import dev.dartboard.export.card.ModelCardWriter;
import dev.dartboard.export.csource.CSourceExporter;
import dev.dartboard.export.tflite.TfliteWriter;
import dev.dartboard.io.JsonFiles;
import dev.dartboard.model.BoardProfile;
import dev.dartboard.model.FloatModel;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.run.BudgetFile;
import dev.dartboard.run.Provenance;
import dev.dartboard.run.RunFolder;
import dev.dartboard.run.RunLock;
import dev.dartboard.train.RunStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The one export of a trained run, for {@code dartboard export}, the pipeline and the studio's Deploy page: the
 * int8 model (loaded, or quantized now when the request names the data — {@link QuantizeFlow#int8}), then the
 * chosen formats under one naming ({@link RunExporter}): {@code OUT/model.tflite}, {@code OUT/c/},
 * {@code OUT/arduino/Dartboard_<name>/}, {@code OUT/model_card.json}/{@code .md} and {@code OUT/model.blob};
 * {@code OUT/provenance.json} records the int8 model each file was made from. The card's budget is
 * {@code RUN/budget.json} when present. Holds the run's lock while it works.
 *
 * <p>From a view model, on a worker thread:
 * <pre>{@code
 * ExportFlow export = new ExportFlow(new QuantizeFlow(dataStep.preparer(), mapper), mapper, new BoardProfiles());
 * ExportFlow.Result r = export.export(ExportFlow.Request.of(run, run.resolve("export"), Set.of(ExportFormat.TFLITE,
 *         ExportFormat.BLOB), "nano33ble", dataFolder), status::info);
 * r.written();   // model.tflite, model.blob: the same names and bytes as dartboard export --format tflite,blob
 * }</pre>
 * Blocking; thread-safe for distinct run folders.
 */
public record ExportFlow(QuantizeFlow quantize, ObjectMapper mapper, BoardProfiles boards) {

    /**
     * One export.
     *
     * @param run       the trained run folder
     * @param out       the folder to write (the pipeline's and the studio's: {@code RUN/export})
     * @param formats   what to write
     * @param board     a board id or profile file, for the card's estimates
     * @param publisher maintainer and URL of the Arduino library
     * @param data      the data set, to quantize a run that has no int8 model yet; null: such a run is an error
     */
    public record Request(Path run, Path out, Set<ExportFormat> formats, String board, Publisher publisher, Path data) {
        public Request {
            formats = Set.copyOf(formats);
        }

        /** With the placeholder Arduino publisher. */
        public static Request of(Path run, Path out, Set<ExportFormat> formats, String board, Path data) {
            return new Request(run, out, formats, board, Publisher.PLACEHOLDER, data);
        }
    }

    /**
     * What was written (files and folders, in format order) and what the card was built from (costs, measured sizes).
     */
    public record Result(List<Path> written, CardInputs inputs) { }

    /** @param notices one line when the run is quantized first */
    public Result export(Request r, Consumer<String> notices) throws IOException {
        try (RunLock lock = RunLock.ifExists(r.run(), "Dartboard export")) {   // it may quantize the run
            CardInputs in = inputs(r, notices);
            CSourceExporter c = new CSourceExporter();
            RunExporter exporter = new RunExporter(new TfliteWriter(), c, new ArduinoLibraryExporter(c, r.publisher()),
                    new ModelCardBuilder(), new ModelCardWriter(mapper));
            List<Path> written = exporter.export(in, r.out(), r.formats());
            recordProvenance(r, written);
            return new Result(written, in);
        }
    }

    private CardInputs inputs(Request r, Consumer<String> notices) throws IOException {
        Path run = r.run();
        FloatModel model = quantize.trainedModel(run);
        QuantModel q = quantize.int8(run, model, r.data(), notices);
        BoardProfile b = boards.load(r.board());
        RunFolder folder = RunFolder.of(run);
        Optional<MeasuredSizes> measured = r.formats().contains(ExportFormat.CARD)
                ? new ArmBuildProbe(new CSourceExporter()).measure(q) : Optional.empty();
        return new CardInputs(q, model, Files.isRegularFile(folder.genotype()) ? new RunStore(mapper).genotype(run) : null,
                json(folder.metrics()), json(folder.quantReport()), b,
                new BudgetFile(mapper).read(folder).orElse(null),
                new CostModel(b, new GenotypeLowering()).of(model), measured);
    }

    /** Records every exported file in {@code OUT/provenance.json} as made from the run's int8 model. */
    private static void recordProvenance(Request r, List<Path> written) throws IOException {
        Provenance p = new Provenance(r.out());
        Path int8 = RunFolder.of(r.run()).int8Model();
        if (!Files.isRegularFile(int8)) return;
        for (Path w : written) {
            try (var files = Files.walk(w)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) p.record(f, List.of(int8));
            }
        }
    }

    private JsonNode json(Path file) throws IOException {
        return Files.isRegularFile(file) ? JsonFiles.readTree(mapper, file, file.getFileName().toString()) : null;
    }
}
