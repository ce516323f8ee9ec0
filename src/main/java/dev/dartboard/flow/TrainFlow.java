package dev.dartboard.flow;

import dev.dartboard.data.DataPreparer;
import dev.dartboard.data.PreparedData;
import dev.dartboard.model.Genotype;
import dev.dartboard.train.RunStore;
import dev.dartboard.train.RunTraining;
import dev.dartboard.train.TrainListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Training a genotype from scratch into a run folder ({@link RunTraining}: labels.json, model.float.json,
 * metrics.json, genotype.json), for {@code dartboard train}, the pipeline and the studio's Results page; and
 * the genotype a user names ({@link #genotype}). {@code allOtherWords} prepares the validation split on which a
 * detector's operating point is chosen ({@link DataStep#allOtherWords()}). Blocking; thread-safe for distinct run folders.
 */
public record TrainFlow(DataPreparer preparer, DataPreparer allOtherWords, RunStore store) {

    /**
     * Trains {@code r}; {@code report} is told of the prepared data (the run's data report), {@code listener} of every epoch.
     */
    public RunTraining.Outcome train(RunTraining.Request r, Consumer<PreparedData> report, TrainListener listener) throws IOException {
        return new RunTraining(preparer.reporting(report), allOtherWords, store).train(r, listener);
    }

    /**
     * The genotype {@code name} names: a genotype JSON file (errors name it) or a reference name ({@code dscnn-s}).
     *
     * @throws IllegalArgumentException when it is neither (the message says what to give)
     */
    public Genotype genotype(String name) throws IOException {
        Path file = Path.of(name);
        if (Files.isRegularFile(file)) return store.readGenotype(file);
        if (Files.isDirectory(file)) throw new IOException("--genotype " + file + ": is a folder, expected a genotype .json file");
        if (name.endsWith(".json") || name.contains("/") || name.contains(java.io.File.separator))
            throw new NoSuchFileException("--genotype " + file, null, "not found");
        try {
            return Genotype.named(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--genotype: '" + name
                    + "' is neither a genotype file nor a reference name; give a genotype .json file (e.g. RUN/genotype.json) or dscnn-s", e);
        }
    }
}
