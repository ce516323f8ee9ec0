package dev.dartboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.data.DataReport;
import dev.dartboard.flow.Flows;
import dev.dartboard.flow.TrainFlow;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.LabelSet;
import dev.dartboard.train.Augment;
import dev.dartboard.train.EpochStats;
import dev.dartboard.train.TrainListener;
import dev.dartboard.train.Optimizer;
import dev.dartboard.train.OperatingPoint;
import dev.dartboard.train.RunTraining;
import dev.dartboard.train.TrainConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code dartboard train --data DIR --genotype FILE|dscnn-s --out RUN}: trains a genotype from scratch on
 * the data set's training split, keeps the best validation epoch, evaluates the exported float model on
 * the test split, writes RUN/ ({@link RunStore}; RUN/data-report.json lists the files left out) and prints a JSON summary; per-epoch progress on stderr.
 * The work is {@link TrainFlow} ({@link RunTraining}), which the studio's Results page runs too. A folder that already holds a
 * trained model or a search is refused with exit 2 unless {@code --force} ({@link RunClaims}); a new model
 * removes what was made from an earlier one (int8 model, blob, exports). The folder's lock is held.
 */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a genotype from scratch (JSON summary on stdout).")
public final class TrainCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Data set folder.") Path data;
    @Option(names = "--genotype", paramLabel = "FILE|NAME", description = "Genotype JSON file or a reference name (default ${DEFAULT-VALUE}).") String genotype = "dscnn-s";
    @Option(names = "--words", split = ",", paramLabel = "a,b", description = "Target words (default: the data set's).") List<String> words = List.of();
    @Option(names = "--epochs", paramLabel = "N", description = "Maximum epochs (default ${DEFAULT-VALUE}).") int epochs = 30;
    @Option(names = "--batch", paramLabel = "B", description = "Batch size (default ${DEFAULT-VALUE}).") int batch = 64;
    @Option(names = "--seed", paramLabel = "S", description = "Seed of weights, batches, augmentation and unknown/silence draws (default ${DEFAULT-VALUE}).") long seed = 1;
    @Option(names = "--optimizer", paramLabel = "sgd|adam", description = "Optimiser: adam, or sgd with momentum 0.9; both cosine-annealed (default ${DEFAULT-VALUE}).") String optimizer = "adam";
    @Option(names = "--lr", paramLabel = "LR", description = "Peak learning rate (default 0.05 for sgd, 0.005 for adam).") Double lr;
    @Option(names = "--augment", paramLabel = "none|shift|audio|audio+speed", description = "Training augmentation: cached features time-shifted (shift) or waveforms with background noise, shift and gain re-featurized each epoch (audio; audio+speed adds ±10%% speed) (default ${DEFAULT-VALUE}).") String augment = "shift";
    @Option(names = "--patience", paramLabel = "N", description = "Early-stopping patience in epochs (default ${DEFAULT-VALUE}).") int patience = 8;
    @Option(names = "--ema", paramLabel = "D", description = "Validate and keep an exponential moving average of the weights with this decay, e.g. 0.99 (0: off; default ${DEFAULT-VALUE}).") double ema = 0;
    @Option(names = "--choose-epoch", paramLabel = "accuracy|detection", description = "What the kept epoch and early stopping are judged by on the validation split: accuracy, or detection (names detected and other words rejected at the best operating point, for detectors) (default ${DEFAULT-VALUE}).") String chooseEpoch = "accuracy";
    @Option(names = "--average-last", paramLabel = "N", description = "Keep the average of the weights at the end of the last N epochs instead of the best epoch's; every epoch is trained (no early stop) (0: off; default ${DEFAULT-VALUE}).") int averageLast = 0;
    @Option(names = "--best-of", paramLabel = "K", description = "Train the network K times (seeds S, S+1000, …; the same data) and keep the training that scores best on the validation split (1: once; default ${DEFAULT-VALUE}).") int bestOf = 1;
    @Option(names = "--spec-augment", paramLabel = "none|default|T,W,F,B", description = "SpecAugment-style masks on the training features: T time bands of up to W frames and F frequency bands of up to B bins per example, set to its mean (default: ${DEFAULT-VALUE}; default = 2,8,2,3).") String specAugment = "none";
    @Option(names = "--label-smoothing", paramLabel = "E", description = "Label smoothing: targets (1 - E) one-hot + E / classes (0: off; default ${DEFAULT-VALUE}).") double labelSmoothing = 0;
    @Option(names = "--vtlp", paramLabel = "R", description = "Vocal tract length perturbation: each training example's frequency axis stretched by a factor in [1-R, 1+R] (0: off; default ${DEFAULT-VALUE}).") double vtlp = TrainConfig.DEFAULT_WARP;
    @Option(names = "--operating-point", paramLabel = "auto|off|B", description = "Bias added to the silence and unknown logits: auto chooses it on the validation split so that keyword detection (90%%) and other-word rejection (95%%) are met as evenly as possible; off is the plain classifier (default: auto for a detector of up to 3 words, off for more).") String operatingPoint;
    @Option(names = "--cache", paramLabel = "DIR", description = "Feature cache folder (default: $DARTBOARD_CACHE/features or ~/.cache/dartboard/features).") Path cache;
    @Option(names = "--out", required = true, paramLabel = "RUN", description = "Run folder to write.") Path out;
    @Option(names = "--force", description = "Replace the run in --out: delete its files first (model, int8 model, blob, exports, a search).") boolean force;

    private boolean byDetection(picocli.CommandLine cl) {
        return switch (chooseEpoch.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "accuracy" -> false;
            case "detection" -> true;
            default -> throw new ParameterException(cl, "--choose-epoch: '" + chooseEpoch + "' is not accuracy or detection");
        };
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        TrainFlow flow = Flows.of(cache).train();
        TrainConfig config = config(spec.commandLine());   // bad options fail before the data step
        Genotype g = genotype(flow);
        return RunClaims.owned(out, "dartboard train", f -> RunClaims.train(f, force, err), err, () -> train(flow, config, g, err));
    }

    private Integer train(TrainFlow flow, TrainConfig config, Genotype g, PrintWriter err) throws IOException {
        RunTraining.Outcome o = train(flow, new RunTraining.Request(data, g, words, config, out, operatingPoint(spec.commandLine(), operatingPoint)), err);
        Json.print(spec.commandLine().getOut(), summary(o));
        return ExitCodes.OK;
    }

    /** Trains with the run's data report and per-epoch lines on {@code err} (the pipeline's train stage too). */
    static RunTraining.Outcome train(TrainFlow flow, RunTraining.Request r, PrintWriter err) throws IOException {
        err.printf("preparing %s for %s (%s)%n", r.data(), r.genotype().name(), r.genotype().dataConfig().id());
        DataReporter report = new DataReporter(r.out().resolve(DataReport.FILE), err, new ObjectMapper());
        return flow.train(r, report, new TrainListener() {
            @Override
            public void epoch(EpochStats s) {
                err.printf("epoch %d: loss %.4f, val acc %.4f, lr %.4g, %.0f ms/step%n",
                        s.epoch(), s.trainLoss(), s.valAccuracy(), s.learningRate(), s.msPerStep());
            }

            @Override
            public void training(int k, int of, long seed) {
                if (of > 1) err.printf("training %d of %d (seed %d)%n", k + 1, of, seed);
            }
        });
    }

    /** The genotype of {@code --genotype}: a JSON file (errors name it) or a reference name. */
    private Genotype genotype(TrainFlow flow) throws IOException {
        try {
            return flow.genotype(genotype);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * The training settings of the options; a refusal is a usage error (exit 2) of {@code cl} naming the option.
     * The pipeline sets the fields it passes on and asks this too.
     */
    TrainConfig config(picocli.CommandLine cl) {
        Optimizer.Kind kind = switch (optimizer.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "sgd" -> Optimizer.Kind.SGD;
            case "adam" -> Optimizer.Kind.ADAM;
            default -> throw new ParameterException(cl, "--optimizer: '" + optimizer + "' is not an optimizer; use sgd or adam");
        };
        double rate = lr != null ? lr : kind == Optimizer.Kind.SGD ? 0.05 : 0.005;
        Augment a;
        try {
            a = Augment.parse(augment);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cl, "--augment: " + e.getMessage(), e);
        }
        dev.dartboard.train.SpecMask masks;
        try {
            masks = dev.dartboard.train.SpecMask.parse(specAugment);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cl, "--spec-augment: " + e.getMessage(), e);
        }
        try {
            return TrainConfig.defaults(epochs, seed).withBatch(batch).withOptimizer(kind, rate).withPatience(patience)
                    .withAugment(a).withEma(ema).withMasks(masks).withLabelSmoothing(labelSmoothing).withWarp(vtlp)
                    .withAverageLast(averageLast).withChooseByDetection(byDetection(cl)).withBestOf(bestOf);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cl, "invalid training settings: " + e.getMessage(), e);
        }
    }

    /** The setting of {@code --operating-point} (null when absent: the label set's default); a bad value is a usage error. */
    static OperatingPoint.Setting operatingPoint(picocli.CommandLine cl, String text) {
        if (text == null) return null;
        try {
            return OperatingPoint.Setting.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cl, "--operating-point: " + e.getMessage(), e);
        }
    }

    /** What {@code train} prints (and {@code pipeline} keeps as its {@code train} stage). */
    static Map<String, Object> summary(RunTraining.Outcome o) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("run", o.run().toAbsolutePath().toString());
        s.put("labels", o.labels().labels());
        for (String k : List.of("genotype", "parameters", "epochs", "bestEpoch", "bestValAccuracy", "split", "accuracy", "n",
                "wallSeconds", "msPerStep", "batch", "trainClipsPerSecond"))
            s.put(k, o.metrics().get(k));
        if (o.metrics().containsKey("bestOf")) s.put("bestOf", o.metrics().get("bestOf"));
        return s;
    }
}
