package dev.dartboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.data.PreparedData;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.LabelSet;
import dev.dartboard.model.Split;
import dev.dartboard.quant.QuantEvaluation;
import dev.dartboard.run.RunLock;
import dev.dartboard.train.Confusion;
import dev.dartboard.train.Detection;
import dev.dartboard.train.Evaluator;
import dev.dartboard.train.RunStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code dartboard eval --data DIR --run RUN --split all|test --float|--int8}: the run's exported float or int8 model on a
 * data set, as JSON ({@code accuracy} 0..1, {@code n}, per-class precision/recall/support, {@code confusion}
 * [true][predicted]). Clips are labelled by the run's label set (other words → {@code _unknown_}). The
 * unknown/silence draw uses the run's seed. {@code --int8} runs {@code RUN/model.int8.json} with the
 * {@link dev.dartboard.quant.Int8Interpreter}, quantizing the run first (calibrated on its training clips) when it is missing.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate a trained run on a data set (JSON on stdout).")
public final class EvalCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Data set folder.") Path data;
    @Option(names = "--run", required = true, paramLabel = "RUN", description = "Run folder written by train.") Path run;
    @Option(names = "--split", paramLabel = "all|train|validation|test", description = "Split(s) to evaluate (default ${DEFAULT-VALUE}).") String split = "test";
    @Option(names = "--cache", paramLabel = "DIR", description = "Feature cache folder.") Path cache;
    @ArgGroup(exclusive = true) Mode mode = new Mode();

    /** Which model to run. */
    static final class Mode {
        @Option(names = "--float", description = "The float model (default).") boolean floatModel;
        @Option(names = "--int8", description = "The int8 model (quantizes the run first if needed).") boolean int8;
    }

    @Override
    public Integer call() {
        ObjectMapper mapper = new ObjectMapper();
        Runs runs = new Runs(mapper);
        PrintWriter err = spec.commandLine().getErr();
        try (RunLock lock = mode.int8 ? RunLock.ifExists(run, "dartboard eval --int8") : null) {   // --int8 may quantize the run
            List<Split> splits = splits();
            FloatModel model = runs.trainedModel(run);
            LabelSet labels = new RunStore(mapper).labels(run);
            PreparedData prepared = TrainCommand.preparer(mapper, cache).prepare(data, model.dataConfig(), labels.targets(), runs.seed(run));
            Confusion c = mode.int8
                    ? new QuantEvaluation().of(null, runs.int8(run, model, prepared, err), prepared, splits).int8Confusion()
                    : new Evaluator(prepared).of(model, splits);
            Detection d = detection(mapper, runs, model, labels, splits, err);
            Map<String, Object> out = json(c);
            out.put("detection", d.toJson());
            Json.print(spec.commandLine().getOut(), out);
            err.printf("%s (%s) on %s (%s): accuracy %.4f over %d clips; other words rejected %d/%d (%.1f%%)%n", run,
                    mode.int8 ? "int8" : "float", data, split, c.accuracy(), c.n(), d.rejected(), d.otherWords(), 100 * d.rejectedShare());
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("error: " + Main.describe(e));
            return ExitCodes.FAILED;
        }
    }

    /**
     * Keyword detection over every other-word clip of the split, not the sampled share the accuracy uses: the
     * same model on a preparation whose unknown share takes them all (and no silence).
     */
    private Detection detection(ObjectMapper mapper, Runs runs, FloatModel model, LabelSet labels, List<Split> splits,
                                PrintWriter err) throws IOException {
        PreparedData all = TrainCommand.preparer(mapper, cache, 0, ALL_OTHER_WORDS)
                .prepare(data, model.dataConfig(), labels.targets(), runs.seed(run));
        Confusion c = mode.int8
                ? new QuantEvaluation().of(null, runs.int8(run, model, all, err), all, splits).int8Confusion()
                : new Evaluator(all).of(model, splits);
        return Detection.of(c);
    }

    /** An unknown share that takes every other-word clip of a split (the sampler caps at what exists). */
    static final double ALL_OTHER_WORDS = 0.999;

    private Map<String, Object> json(Confusion c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("run", run.toAbsolutePath().toString());
        out.put("data", data.toAbsolutePath().toString());
        out.put("split", split);
        out.put("model", mode.int8 ? "int8" : "float");
        out.putAll(c.toJson());
        return out;
    }

    private List<Split> splits() {
        if ("all".equals(split)) return List.of(Split.values());
        for (Split s : Split.values()) if (s.jsonName().equals(split)) return List.of(s);
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown split '" + split + "' (all, train, validation, test)");
    }
}
