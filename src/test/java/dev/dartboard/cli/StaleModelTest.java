package dev.dartboard.cli;

import dev.dartboard.export.TrainedRun;
import dev.dartboard.run.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 17: retraining into a quantized run kept model.int8.json and model.blob, and {@code eval --int8} and
 * {@code flash --run} used them with exit 0. Now a retrain needs --force and removes them; an int8 model or
 * blob whose float model changed behind Dartboard's back is refused, naming both files.
 */
class StaleModelTest {
    @TempDir Path dir;

    private static CliRun exec(Object command, String... args) {
        return CliRun.exec(command, args);
    }

    /** A copy of the shared quantized run (provenance.json included). */
    private Path quantizedCopy() throws IOException {
        Path from = TrainedRun.quantized(), to = dir.resolve("run");
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
        assertTrue(Files.isRegularFile(to.resolve("model.blob")) && Files.isRegularFile(to.resolve("provenance.json")));
        return to;
    }

    private Path genotypeFile() throws IOException {
        Path g = dir.resolve("tiny-genotype.json");
        Files.write(g, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(dev.dartboard.run.GenotypeJson.of(TrainedRun.genotype())));
        return g;
    }

    private String[] train(Path run, String... more) throws IOException {
        return Stream.concat(Stream.of("--data", "samples", "--genotype", genotypeFile().toString(), "--epochs", "1", "--batch", "32",
                "--seed", "2", "--cache", TrainedRun.CACHE, "--out", run.toString()), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void retrainingIsRefusedWithoutForceAndForceRemovesTheDerivedFiles() throws Exception {
        Path run = quantizedCopy();
        byte[] model = Files.readAllBytes(run.resolve("model.float.json")), int8 = Files.readAllBytes(run.resolve("model.int8.json"));

        CliRun plain = exec(new TrainCommand(), train(run));
        assertEquals(ExitCodes.USAGE, plain.code(), plain.err());
        assertTrue(plain.err().contains(run + " already holds a trained model (" + run.resolve("model.float.json") + ")"), plain.err());
        assertTrue(plain.err().contains("--force"), plain.err());
        assertArrayEquals(model, Files.readAllBytes(run.resolve("model.float.json")));
        assertArrayEquals(int8, Files.readAllBytes(run.resolve("model.int8.json")));

        CliRun forced = exec(new TrainCommand(), train(run, "--force"));
        assertEquals(0, forced.code(), forced.err());
        assertFalse(java.util.Arrays.equals(model, Files.readAllBytes(run.resolve("model.float.json"))), "a new model (seed 2, 1 epoch)");
        for (String f : new String[]{"model.int8.json", "model.blob", "quant.json"}) assertFalse(Files.exists(run.resolve(f)), f + " of the old model");
        CliRun flash = exec(new FlashCommand(), "--port", dir.resolve("no-port").toString(), "--run", run.toString());
        assertEquals(ExitCodes.FAILED, flash.code());
        assertTrue(flash.err().contains("has a trained float model but no quantized model yet"), flash.err());
    }

    /**
     * The old defect from the reader's side: a new float model recorded in provenance.json while the int8 model
     * and blob of the earlier one stay (what retraining did before). Independent of the writers' clean-up.
     */
    @Test
    void anInt8ModelAndBlobOfAnEarlierFloatModelAreRefusedNamingBoth() throws Exception {
        Path run = quantizedCopy();
        Path model = run.resolve("model.float.json");
        Files.writeString(model, Files.readString(model) + "\n");   // other bytes, still a valid model
        new Provenance(run).record(model, List.of(run.resolve("genotype.json"), run.resolve("labels.json")));
        String stale = run.resolve("model.int8.json") + " was made from " + model + ", which has changed since";

        CliRun eval = exec(new EvalCommand(), "--data", "samples", "--run", run.toString(), "--int8", "--cache", TrainedRun.CACHE);
        assertEquals(ExitCodes.FAILED, eval.code(), eval.err());
        assertEquals("", eval.out());
        assertTrue(eval.err().contains(stale), eval.err());
        CliRun flash = exec(new FlashCommand(), "--port", dir.resolve("no-port").toString(), "--run", run.toString());
        assertEquals(ExitCodes.FAILED, flash.code());
        assertTrue(flash.err().contains(stale), "the blob's chain is checked up to the float model: " + flash.err());
        CliRun export = exec(new ExportCommand(), "--run", run.toString(), "--out", dir.resolve("export").toString(), "--format", "tflite");
        assertEquals(ExitCodes.FAILED, export.code());
        assertTrue(export.err().contains(stale), export.err());

        // quantizing again re-derives both from the current float model, and they are accepted again
        CliRun q = exec(new QuantizeCommand(), "--data", "samples", "--run", run.toString(), "--cache", TrainedRun.CACHE);
        assertEquals(0, q.code(), q.err());
        CliRun again = exec(new EvalCommand(), "--data", "samples", "--run", run.toString(), "--int8", "--cache", TrainedRun.CACHE);
        assertEquals(0, again.code(), again.err());
    }

    /** A float model overwritten in place (no provenance update) is not used, not even as a float model. */
    @Test
    void aFloatModelChangedBehindDartboardsBackIsRefused() throws Exception {
        Path run = quantizedCopy();
        Path model = run.resolve("model.float.json");
        Files.writeString(model, Files.readString(model) + "\n");
        CliRun eval = exec(new EvalCommand(), "--data", "samples", "--run", run.toString(), "--float", "--cache", TrainedRun.CACHE);
        assertEquals(ExitCodes.FAILED, eval.code(), eval.err());
        assertTrue(eval.err().contains(model + " was changed after Dartboard wrote it"), eval.err());
    }

    @Test
    void aBlobEditedInPlaceIsNotFlashed() throws Exception {
        Path run = quantizedCopy();
        byte[] blob = Files.readAllBytes(run.resolve("model.blob"));
        java.nio.ByteBuffer h = java.nio.ByteBuffer.wrap(blob).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int firstWeight = h.getInt(36) + h.getShort(12) * dev.dartboard.export.blob.BlobFormat.OP_BYTES;   // BlobFormat's layout
        blob[firstWeight] ^= 1;   // one bit of the first op's int8 weights: the blob still parses
        Files.write(run.resolve("model.blob"), blob);
        CliRun flash = exec(new FlashCommand(), "--port", dir.resolve("no-port").toString(), "--run", run.toString());
        assertEquals(ExitCodes.FAILED, flash.code());
        assertTrue(flash.err().contains(run.resolve("model.blob") + " was changed after Dartboard wrote it"), flash.err());
    }
}
