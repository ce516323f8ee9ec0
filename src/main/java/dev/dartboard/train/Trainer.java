package dev.dartboard.train;

import dev.dartboard.engine.exec.PlannedSession;
import dev.dartboard.engine.ops.NativeThreads;
import dev.dartboard.data.Batch;
import dev.dartboard.audio.WavReader;
import dev.dartboard.data.ClipReader;
import dev.dartboard.data.PreparedData;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Split;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains a genotype from scratch on the TRAIN split: seeded mini-batches augmented per {@link Augment}
 * ({@link TrainBatches}), SGD-momentum or Adam with a per-step cosine learning rate, BN running averages (momentum
 * {@link #BN_MOMENTUM}), validation accuracy of the inference graph each epoch, early stopping with
 * patience keeping the best weights (optionally an exponential moving average of the weights is the model that
 * is validated and kept: {@link TrainConfig#emaDecay()}; or the average of the weights at the end of the last epochs,
 * trained without an early stop: {@link TrainConfig#averageLast()}). Steps run through {@link PlannedSession} (planned execution,
 * pooled arrays, a periodic {@code System.gc()}). Deterministic for one seed on one thread count.
 * Not thread-safe; one run at a time.
 */
public final class Trainer {
    static final double BN_MOMENTUM = 0.1;
    private final TrainConfig config;
    private final TrainListener listener;
    private final ClipReader reader;

    /** @param reader reads training waveforms for the audio augmentation modes */
    public Trainer(TrainConfig config, TrainListener listener, ClipReader reader) {
        this.config = config;
        this.listener = listener;
        this.reader = reader;
    }

    /** With the production WAV reader. */
    public Trainer(TrainConfig config, TrainListener listener) {
        this(config, listener, ClipReader.wav(new WavReader()));
    }

    /**
     * @throws UncheckedIOException when audio augmentation cannot read a waveform or the background noise
     * @throws NonFiniteLossException at the first step whose loss is NaN or infinite
     */
    public TrainResult train(Genotype g, PreparedData data) {
        NativeThreads.onThisThread();
        long start = System.currentTimeMillis();
        int classes = data.plan().labels().size();
        DiscreteNet train = NetBuilder.build(g, classes, NetMode.TRAIN, config.seed());
        DiscreteNet infer = NetBuilder.build(g, classes, NetMode.INFER, config.seed());
        Run run = new Run(train, infer, data, batches(g, data));
        List<EpochStats> history = new ArrayList<>();
        Map<String, INDArray> best = infer.values();
        int bestEpoch = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        boolean averaging = config.averageLast() > 0;
        TailAverage tail = new TailAverage();
        for (int e = 0; e < config.epochs() && (averaging || e - bestEpoch <= config.patience()); e++) {
            EpochStats s = run.epoch(e);
            if (averaging && e >= config.epochs() - config.averageLast()) {
                tail.add(infer.values());
                if (tail.count() > 1) {   // the epoch's row reports the average so far: the model that will be kept
                    infer.load(tail.mean());
                    s = run.validated(s);
                }
            }
            history.add(s);
            listener.epoch(s);
            double score = s.selectionScore(config.chooseByDetection());
            boolean better = averaging ? e == config.epochs() - 1 : Double.isNaN(score) || score > bestScore;
            if (better) {
                bestScore = Double.isNaN(score) ? bestScore : score;
                best = averaging ? tail.mean() : infer.values();
                bestEpoch = e;
            }
            if (averaging && tail.count() > 1 && e < config.epochs() - 1) infer.load(tail.last());
        }
        infer.load(best);
        var model = FloatExport.export(g, data.plan().labels().labels(), infer.units(), best);
        return new TrainResult(g, model, config, history, bestEpoch, System.currentTimeMillis() - start);
    }

    private TrainBatches batches(Genotype g, PreparedData data) {
        try {
            return TrainBatches.of(config, g.dataConfig(), data, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The running sum of the inference graph's values (weights and BN statistics) at the end of the epochs averaged
     * ({@link TrainConfig#averageLast()}), and the last values added (training goes on from those, not from the mean).
     */
    static final class TailAverage {
        private Map<String, INDArray> sum, last;
        private int count;

        void add(Map<String, INDArray> values) {
            last = values;
            if (sum == null) {
                sum = new HashMap<>();
                values.forEach((k, v) -> sum.put(k, v.dup()));
            } else {
                values.forEach((k, v) -> sum.get(k).addi(v));
            }
            count++;
        }

        int count() { return count; }

        Map<String, INDArray> last() { return last; }

        /** A fresh copy of the mean. */
        Map<String, INDArray> mean() {
            Map<String, INDArray> m = new java.util.LinkedHashMap<>();
            sum.forEach((k, v) -> m.put(k, v.div(count)));
            return m;
        }
    }

    /** The mutable state of one run. */
    private final class Run {
        private final DiscreteNet train, infer;
        private final PreparedData data;
        private final Optimizer optimizer = new Optimizer(config.optimizer(), config.momentum(), config.weightDecay());
        private final TrainBatches batches;
        private final List<String> outputs = new ArrayList<>();
        private final PlannedSession gradients, inference;
        private final long totalSteps;
        private long step;

        Run(DiscreteNet train, DiscreteNet infer, PreparedData data, TrainBatches batches) {
            this.batches = batches;
            this.train = train;
            this.gradients = new PlannedSession(train.sd());
            this.inference = new PlannedSession(infer.sd());
            this.infer = infer;
            this.data = data;
            outputs.add(NetBuilder.LOSS);
            for (String bn : train.batchNorms()) { outputs.add(bn + "/batch_mean"); outputs.add(bn + "/batch_var"); }
            int n = data.plan().of(Split.TRAIN).size();
            this.totalSteps = (long) config.epochs() * ((n + config.batchSize() - 1) / config.batchSize());
            copyWeights();   // the EMA starts at the initial weights
        }

        EpochStats epoch(int e) {
            long t0 = System.nanoTime();
            double loss = 0, lr = 0;
            int steps = 0;
            for (Iterator<Batch> it = batches.epoch(e); it.hasNext(); steps++) {
                lr = config.learningRateAt(step++, totalSteps);
                double l = step(it.next(), lr);
                if (!Double.isFinite(l)) throw new NonFiniteLossException(e, steps, l);
                loss += l;
                if (config.emaDecay() > 0) average(config.emaDecayAt(step - 1));
                gradients.stepDone();
            }
            double ms = (System.nanoTime() - t0) / 1e6 / Math.max(1, steps);
            if (config.emaDecay() == 0) copyWeights();
            return validated(new EpochStats(e, lr, loss / Math.max(1, steps), Double.NaN, steps, ms));
        }

        /**
         * {@code s} with the inference graph's validation figures as it stands: accuracy, and the detection score at
         * the best operating point when epochs are chosen by it (NaN without a validation split).
         */
        EpochStats validated(EpochStats s) {
            if (data.plan().of(Split.VALIDATION).isEmpty()) return s.withValidation(Double.NaN, Double.NaN);
            Evaluator.Scores v = new Evaluator(data).scores(infer, inference, Split.VALIDATION);
            double detection = Double.NaN;
            if (config.chooseByDetection()) {
                OperatingPoint.Targets t = OperatingPoint.Targets.defaults();
                detection = OperatingPoint.score(OperatingPoint.choose(v.truth(), v.logits(), t).after(), t);
            }
            return s.withValidation(v.accuracy(), detection);
        }

        /** Forward + backward + update + running statistics; returns the batch loss. */
        private double step(Batch b, double lr) {
            Map<String, INDArray> feeds = new HashMap<>();
            feeds.put(DiscreteNet.INPUT, b.features());
            feeds.put(NetBuilder.LABEL, b.labels());
            OutAndGrad r = gradients.gradients(feeds, outputs, train.params());
            for (String p : train.params())
                optimizer.step(p, train.sd().getArrForVarName(p), r.getGradients().get(p), lr);
            for (String bn : train.batchNorms()) {
                running(bn + "/mean", r.getOutputs().get(bn + "/batch_mean"));
                running(bn + "/var", r.getOutputs().get(bn + "/batch_var"));
            }
            double loss = r.getOutputs().get(NetBuilder.LOSS).getDouble(0);
            r.getGradients().values().forEach(gradients::recycle);
            r.getOutputs().values().forEach(gradients::recycle);
            return loss;
        }

        private void running(String name, INDArray batch) {
            INDArray r = infer.sd().getArrForVarName(name);
            r.muli(1 - BN_MOMENTUM).addi(batch.reshape(r.shape()).mul(BN_MOMENTUM));
        }

        /** infer ← d · infer + (1 − d) · train, per weight (the EMA of {@link TrainConfig#emaDecay()}). */
        private void average(double d) {
            for (String p : train.params())
                infer.sd().getArrForVarName(p).muli(d).addi(train.sd().getArrForVarName(p).mul(1 - d));
        }

        private void copyWeights() {
            for (String p : train.params()) infer.sd().getArrForVarName(p).assign(train.sd().getArrForVarName(p));
        }
    }
}
