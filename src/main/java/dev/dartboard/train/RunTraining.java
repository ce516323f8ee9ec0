package dev.dartboard.train;

import dev.dartboard.data.DataPreparer;
import dev.dartboard.data.PreparedData;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.LabelSet;
import dev.dartboard.model.Split;
import dev.dartboard.run.RunLock;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One training run as {@code dartboard train} and the studio's Results page do it: prepare the data for
 * the genotype's front end, train from scratch ({@link Trainer}), evaluate the exported float model on the
 * test split (validation when there is no test split), write the run folder ({@link RunStore}: genotype,
 * labels, model, metrics). Blocking; call it on a worker thread. A listener that throws stops the run
 * after that epoch (nothing is written then). Thread-safe for distinct run folders.
 */
public final class RunTraining {
    private final DataPreparer preparer;
    private final RunStore store;

    public RunTraining(DataPreparer preparer, RunStore store) {
        this.preparer = preparer;
        this.store = store;
    }

    /**
     * What to train.
     *
     * @param data     the data set folder
     * @param genotype the network and its front end
     * @param words    target words (empty: the data set's)
     * @param config   hyper-parameters (its seed also seeds the unknown/silence draw)
     * @param out      the run folder to write
     */
    public record Request(Path data, Genotype genotype, List<String> words, TrainConfig config, Path out) {
        public Request {
            words = List.copyOf(words);
        }
    }

    /**
     * A written run.
     *
     * @param labels   its label set (class order of the confusion matrix)
     * @param metrics  what metrics.json holds ({@link RunReport#metrics})
     */
    public record Outcome(Path run, LabelSet labels, Map<String, Object> metrics) { }

    /**
     * Trains under the run folder's {@link RunLock} (another writer of {@code r.out()} is refused); writing the
     * model removes the int8 model, blob and exports of an earlier one ({@link RunStore#save}).
     *
     * @param listener called after each epoch on this thread
     */
    public Outcome train(Request r, TrainListener listener) throws IOException {
        try (RunLock lock = RunLock.acquire(r.out(), "Dartboard training")) {   // the CLI holds it already; the studio takes it here
            return locked(r, listener);
        }
    }

    private Outcome locked(Request r, TrainListener listener) throws IOException {
        PreparedData prepared = preparer.prepare(r.data(), r.genotype().dataConfig(), r.words(), r.config().seed());
        TrainResult result = new Trainer(r.config(), listener).train(r.genotype(), prepared);
        Split split = prepared.plan().of(Split.TEST).isEmpty() ? Split.VALIDATION : Split.TEST;
        Confusion c = new Evaluator(prepared).of(result.model(), List.of(split));
        Map<String, Object> metrics = RunReport.metrics(result, c, split, prepared.plan().of(Split.TRAIN).size());
        store.save(r.out(), r.genotype(), prepared.plan().labels(), result.model());
        store.saveMetrics(r.out(), metrics);
        return new Outcome(r.out(), prepared.plan().labels(), metrics);
    }
}
