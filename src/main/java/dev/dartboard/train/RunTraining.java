package dev.dartboard.train;

import dev.dartboard.data.DataPreparer;
import dev.dartboard.data.PreparedData;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.LabelSet;
import dev.dartboard.model.Split;
import dev.dartboard.run.RunLock;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One training run as {@code dartboard train} and the studio's Results page do it: prepare the data for
 * the genotype's front end, train from scratch ({@link Trainer}), set the model's {@link OperatingPoint} (chosen on
 * the validation split for a detector of a few names by default), the best of {@link TrainConfig#bestOf()} trainings on
 * validation ({@link BestOf}; metrics.json's {@code bestOf} lists them), evaluate the exported float model on the
 * test split (validation when there is no test split), write the run folder ({@link RunStore}: genotype,
 * labels, model, metrics). Blocking; call it on a worker thread. A listener that throws stops the run
 * after that epoch (nothing is written then). Thread-safe for distinct run folders.
 */
public final class RunTraining {
    private final DataPreparer preparer;
    private final DataPreparer allOtherWords;
    private final RunStore store;

    /**
     * @param preparer      the data as the model trains on it
     * @param allOtherWords the same data with every other-word clip in the unknown class and no silence (the
     *                      split on which a detector's {@link OperatingPoint} is chosen)
     */
    public RunTraining(DataPreparer preparer, DataPreparer allOtherWords, RunStore store) {
        this.preparer = preparer;
        this.allOtherWords = allOtherWords;
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
     * @param operatingPoint how the trained detector's reject bias is set; null: {@link OperatingPoint.Setting#defaultFor}
     *                 the data's label set
     */
    public record Request(Path data, Genotype genotype, List<String> words, TrainConfig config, Path out,
                          OperatingPoint.Setting operatingPoint) {
        public Request {
            words = List.copyOf(words);
        }

        /** With the default operating point for the data's label set. */
        public Request(Path data, Genotype genotype, List<String> words, TrainConfig config, Path out) {
            this(data, genotype, words, config, out, null);
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
        TrainConfig cfg = r.config();
        BestOf.Outcome trained = new BestOf(listener).train(r.genotype(), prepared, cfg);
        TrainResult result = trained.kept();
        OperatingPoint.Setting setting = r.operatingPoint() != null ? r.operatingPoint()
                : OperatingPoint.Setting.defaultFor(prepared.plan().labels());
        Map<String, Object> point = new LinkedHashMap<>();
        FloatModel model = operatingPoint(r, result.model(), setting, point);
        Split split = prepared.plan().of(Split.TEST).isEmpty() ? Split.VALIDATION : Split.TEST;
        Confusion c = new Evaluator(prepared).of(model, List.of(split));
        Map<String, Object> metrics = RunReport.metrics(cfg, trained, c, split, prepared.plan().of(Split.TRAIN).size());
        metrics.put("operatingPoint", point);
        store.save(r.out(), r.genotype(), prepared.plan().labels(), model);
        store.saveMetrics(r.out(), metrics);
        return new Outcome(r.out(), prepared.plan().labels(), metrics);
    }

    /**
     * The trained model at its operating point; {@code out} gets {@code setting}, {@code bias} and, when chosen,
     * the validation rates before and after (metrics.json's {@code operatingPoint}).
     */
    private FloatModel operatingPoint(Request r, FloatModel trained, OperatingPoint.Setting setting, Map<String, Object> out)
            throws IOException {
        out.put("setting", setting.toString());
        if (!setting.auto()) {
            out.put("bias", setting.bias());
            return OperatingPoint.apply(trained, setting.bias());
        }
        PreparedData all = allOtherWords.prepare(r.data(), r.genotype().dataConfig(), r.words(), r.config().seed());
        Evaluator.Scores s = new Evaluator(all).scores(trained, Split.VALIDATION);
        OperatingPoint.Targets targets = OperatingPoint.Targets.defaults();
        OperatingPoint.Choice choice = OperatingPoint.choose(s.truth(), s.logits(), targets);
        out.put("bias", choice.bias());
        out.put("targets", Map.of("detection", targets.detection(), "rejection", targets.rejection()));
        out.put("validationBefore", choice.before());
        out.put("validationAfter", choice.after());
        return OperatingPoint.apply(trained, choice.bias());
    }
}
