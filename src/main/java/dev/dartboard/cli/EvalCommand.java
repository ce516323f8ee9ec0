package dev.dartboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.data.PreparedData;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.LabelSet;
import dev.dartboard.model.Split;
import dev.dartboard.train.Confusion;
import dev.dartboard.train.Evaluator;
import dev.dartboard.train.RunStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code dartboard eval --data DIR --run RUN --split all|test --float}: the run's exported float model on a
 * data set, as JSON ({@code accuracy} 0..1, {@code n}, per-class precision/recall/support, {@code confusion}
 * [true][predicted]). Clips are labelled by the run's label set (other words → {@code _unknown_}). The
 * unknown/silence draw uses the run's seed. {@code --int8} needs the quantized model (exit 1 until then).
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
        @Option(names = "--int8", description = "The int8 model (needs quantization).") boolean int8;
    }

    @Override
    public Integer call() throws IOException {
        if (mode.int8) {
            spec.commandLine().getErr().println("error: int8 evaluation needs the quantized model (not produced yet for " + run + ")");
            return ExitCodes.FAILED;
        }
        List<Split> splits = splits();
        ObjectMapper mapper = new ObjectMapper();
        RunStore store = new RunStore(mapper);
        FloatModel model = store.model(run);
        LabelSet labels = store.labels(run);
        PreparedData prepared = TrainCommand.preparer(mapper, cache).prepare(data, model.dataConfig(), labels.targets(), seed(mapper));
        Confusion c = new Evaluator(prepared).of(model, splits);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("run", run.toAbsolutePath().toString());
        out.put("data", data.toAbsolutePath().toString());
        out.put("split", split);
        out.put("model", "float");
        out.putAll(c.toJson());
        Json.print(spec.commandLine().getOut(), out);
        spec.commandLine().getErr().printf("%s on %s (%s): accuracy %.4f over %d clips%n", run, data, split, c.accuracy(), c.n());
        return ExitCodes.OK;
    }

    private List<Split> splits() {
        if ("all".equals(split)) return List.of(Split.values());
        for (Split s : Split.values()) if (s.jsonName().equals(split)) return List.of(s);
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown split '" + split + "' (all, train, validation, test)");
    }

    private long seed(ObjectMapper mapper) throws IOException {
        Path metrics = run.resolve(RunStore.METRICS);
        if (!Files.isRegularFile(metrics)) return 1;
        JsonNode seed = mapper.readTree(metrics.toFile()).get("seed");
        return seed == null ? 1 : seed.asLong();
    }
}
