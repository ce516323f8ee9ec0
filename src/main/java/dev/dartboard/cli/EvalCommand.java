package dev.dartboard.cli;

import dev.dartboard.flow.EvalFlow;
import dev.dartboard.flow.Flows;
import dev.dartboard.model.Split;
import dev.dartboard.run.RunLock;
import dev.dartboard.train.Confusion;
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
 * The work is {@link EvalFlow}.
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
        PrintWriter err = spec.commandLine().getErr();
        try (RunLock lock = mode.int8 ? RunLock.ifExists(run, "dartboard eval --int8") : null) {   // --int8 may quantize the run
            List<Split> splits = splits();
            EvalFlow.Result r = Flows.of(cache).eval().evaluate(run, data, splits, mode.int8, err::println);
            Json.print(spec.commandLine().getOut(), summary(run, data, split, mode.int8, r));
            report(err, run, data, split, mode.int8, r);
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("error: " + Main.describe(e));
            return ExitCodes.FAILED;
        }
    }

    /** What {@code eval} prints (and {@code pipeline} keeps as its {@code eval} stage). */
    static Map<String, Object> summary(Path run, Path data, String split, boolean int8, EvalFlow.Result r) {
        Confusion c = r.confusion();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("run", run.toAbsolutePath().toString());
        out.put("data", data.toAbsolutePath().toString());
        out.put("split", split);
        out.put("model", int8 ? "int8" : "float");
        out.putAll(c.toJson());
        out.put("detection", r.detection().toJson());
        return out;
    }

    static void report(PrintWriter err, Path run, Path data, String split, boolean int8, EvalFlow.Result r) {
        var c = r.confusion();
        var d = r.detection();
        err.printf("%s (%s) on %s (%s): accuracy %.4f over %d clips; other words rejected %d/%d (%.1f%%)%n", run,
                int8 ? "int8" : "float", data, split, c.accuracy(), c.n(), d.rejected(), d.otherWords(), 100 * d.rejectedShare());
    }

    /** The splits {@code --split} names. */
    private List<Split> splits() {
        try {
            return splits(split);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static List<Split> splits(String split) {
        if ("all".equals(split)) return List.of(Split.values());
        for (Split s : Split.values()) if (s.jsonName().equals(split)) return List.of(s);
        throw new IllegalArgumentException("unknown split '" + split + "' (all, train, validation, test)");
    }
}
