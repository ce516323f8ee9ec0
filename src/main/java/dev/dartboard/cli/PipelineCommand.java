package dev.dartboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.data.DataReport;
import dev.dartboard.export.ExportFormat;
import dev.dartboard.export.arduino.Publisher;
import dev.dartboard.flow.EvalFlow;
import dev.dartboard.flow.ExportFlow;
import dev.dartboard.flow.FlowDefaults;
import dev.dartboard.flow.Flows;
import dev.dartboard.flow.QuantizeFlow;
import dev.dartboard.flow.Ranking;
import dev.dartboard.flow.SearchFlow;
import dev.dartboard.model.BoardProfile;
import dev.dartboard.model.Budget;
import dev.dartboard.model.Genotype;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.decode.InfeasibleBudgetException;
import dev.dartboard.engine.ops.NativeThreads;
import dev.dartboard.nas.search.ProgressPrinter;
import dev.dartboard.nas.search.SearchConfig;
import dev.dartboard.nas.search.SearchRequest;
import dev.dartboard.run.BudgetFile;
import dev.dartboard.run.RunFolder;
import dev.dartboard.train.RunTraining;
import dev.dartboard.train.TrainConfig;
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
import java.util.function.Function;

/**
 * {@code dartboard pipeline}: search → decode → train → quantize → export in one command, everything
 * in {@code RUN/}: {@code RUN/search/} (genotype.json, events.jsonl, checkpoint/), the trained run
 * ({@code genotype.json}, {@code labels.json}, {@code model.float.json}, {@code metrics.json}),
 * {@code budget.json}, {@code model.int8.json}, {@code model.blob}, {@code quant.json} and
 * {@code RUN/export/} (model.tflite, c/, arduino/, model_card.*). Each stage is the flow the command of the
 * same name runs ({@code dev.dartboard.flow}), called in memory: the search's chosen genotype and budget go to the
 * training as objects, and {@code --cache} reaches every stage, the search included. Progress goes to stderr, one
 * JSON summary of all stages (each stage's summary as its command prints it) to stdout. The pipeline's search
 * trains the supernet weights with Adam and ranks 4 candidates by 3-epoch trainings by default: on held-out
 * voices that beat SGD plus the decoded model alone (see the note of 2026-11-24 evening in the issue).
 * The folder is the pipeline's own: one that already holds a run is refused with exit 2 unless {@code --force}
 * (which deletes its files first); the folder's lock is held by the pipeline and, again, by its stages.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Search, train, quantize and export in one go (JSON summary on stdout).")
public final class PipelineCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Data set folder.") Path data;
    @Option(names = "--out", required = true, paramLabel = "RUN", description = "Run folder (created).") Path out;
    @Option(names = "--words", split = ",", paramLabel = "a,b", description = "Target words (default: the data set's).") List<String> words = List.of();
    @Option(names = "--board", defaultValue = FlowDefaults.BOARD, description = "Board id or .json profile (default ${DEFAULT-VALUE}).") String board;
    @Option(names = "--sram", converter = OptionValues.Size.class, description = "SRAM budget, e.g. 64k (default: the board's usable SRAM).") Long sram;
    @Option(names = "--flash", converter = OptionValues.Size.class, description = "Flash budget, e.g. 256k (default: the board's usable flash).") Long flash;
    @Option(names = "--latency", defaultValue = "1000ms", converter = OptionValues.Duration.class, description = "Latency budget, e.g. 100ms (default ${DEFAULT-VALUE}).") double latency;
    @Option(names = "--genotype", paramLabel = "FILE|NAME", description = "Skip the search: train this genotype (a file or dscnn-s).") String genotype;
    @Option(names = "--search-epochs", defaultValue = "" + FlowDefaults.SEARCH_EPOCHS, description = "Search epochs (default ${DEFAULT-VALUE}).") int searchEpochs;
    @Option(names = "--train-epochs", defaultValue = "30", description = "Training epochs at most (default ${DEFAULT-VALUE}).") int trainEpochs;
    @Option(names = "--space", paramLabel = "NAME|FILE", description = "Search space: a preset (default, paper8) or a JSON file, as search --space.") String space;
    @Option(names = "--rank", defaultValue = "" + FlowDefaults.END_TO_END_RANK, paramLabel = "N", description = "As search --rank: judge up to N candidates by a short training each (0: off; default ${DEFAULT-VALUE}).") int rank;
    @Option(names = "--rank-epochs", defaultValue = "" + FlowDefaults.RANK_EPOCHS, paramLabel = "E", description = "As search --rank-epochs (default ${DEFAULT-VALUE}).") int rankEpochs;
    @Option(names = "--rank-clips", defaultValue = "" + FlowDefaults.RANK_CLIPS, paramLabel = "N", description = "As search --rank-clips (default ${DEFAULT-VALUE}).") int rankClips;
    @Option(names = "--weight-opt", defaultValue = SearchConfig.ADAM, paramLabel = "sgd|adam", description = "As search --weight-opt (default ${DEFAULT-VALUE}).") String weightOpt;
    @Option(names = "--pc", paramLabel = "K", description = "As search --pc: PC-DARTS partial channels (default: search's).") Integer pc;
    @Option(names = "--free-op-penalty", paramLabel = "W", description = "As search --free-op-penalty (default: search's).") Double freeOpPenalty;
    @Option(names = "--configs", defaultValue = "" + FlowDefaults.CONFIGS, description = "Data configs searched, at most (default ${DEFAULT-VALUE}).") int configs;
    @Option(names = "--augment", paramLabel = "none|shift|audio|audio+speed", description = "Training augmentation, as train --augment (default: train's).") String augment;
    @Option(names = "--ema", paramLabel = "D", description = "As train --ema (default: train's).") Double ema;
    @Option(names = "--average-last", paramLabel = "N", description = "As train --average-last (default: train's).") Integer averageLast;
    @Option(names = "--best-of", paramLabel = "K", description = "As train --best-of: the final network trained K times, the best on validation kept (default: train's).") Integer bestOf;
    @Option(names = "--choose-epoch", paramLabel = "accuracy|detection", description = "As train --choose-epoch (default: train's).") String chooseEpoch;
    @Option(names = "--spec-augment", paramLabel = "none|default|T,W,F,B", description = "As train --spec-augment (default: train's).") String specAugment;
    @Option(names = "--label-smoothing", paramLabel = "E", description = "As train --label-smoothing (default: train's).") Double labelSmoothing;
    @Option(names = "--vtlp", paramLabel = "R", description = "As train --vtlp (default: train's).") Double vtlp;
    @Option(names = "--operating-point", paramLabel = "auto|off|B", description = "As train --operating-point (default: train's).") String operatingPoint;
    @Option(names = "--seed", defaultValue = "" + FlowDefaults.SEED, description = "Seed of every stage (default ${DEFAULT-VALUE}).") long seed;
    @Option(names = "--cache", paramLabel = "DIR", description = "Feature cache folder.") Path cache;
    @Option(names = "--pick", paramLabel = "ID", description = "Train this Pareto point of the search (RUN/search/pareto.json id) instead of the decoded model.") Integer pick;
    @Option(names = "--force", description = "Replace the run in --out: delete its files first.") boolean force;

    private final Function<Path, Flows> flowsOf;
    private dev.dartboard.train.OperatingPoint.Setting point;   // --operating-point, parsed before the search

    public PipelineCommand() { this(Flows::of); }

    /** @param flowsOf the flows over a feature cache folder (null: the default one) */
    PipelineCommand(Function<Path, Flows> flowsOf) { this.flowsOf = flowsOf; }

    @Override
    public Integer call() throws Exception {
        TrainConfig trainConfig = trainConfig();   // the train stage's options fail here, before a search that can take minutes
        point = TrainCommand.operatingPoint(spec.commandLine(), operatingPoint);
        SearchRequest search = genotype == null ? searchRequest() : null;
        Genotype given = genotype == null ? null : genotype(flowsOf.apply(cache));
        PrintWriter err = spec.commandLine().getErr();
        return RunClaims.owned(out, "dartboard pipeline", f -> RunClaims.pipeline(f, force, err), err,
                () -> stages(flowsOf.apply(cache), search, given, trainConfig, err));
    }

    private Integer stages(Flows flows, SearchRequest searchRequest, Genotype given, TrainConfig trainConfig, PrintWriter err) throws IOException {
        long t0 = System.nanoTime();
        RunFolder run = RunFolder.of(out);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("run", out.toAbsolutePath().toString());
        Genotype g = given;
        if (g == null) {
            stage(err, "search");
            SearchFlow.Result s = search(flows, searchRequest, err);
            if (s == null) return stopped(err, "search");
            summary.put("search", SearchCommand.summary(s, searchRequest.run()));
            g = s.chosen().genotype();
            new BudgetFile(flows.mapper()).write(run, searchRequest.budget());   // for the model card
        }
        stage(err, "train");
        RunTraining.Outcome trained;
        try {
            trained = TrainCommand.train(flows.train(), new RunTraining.Request(data, g, words, trainConfig, out, point), err);
        } catch (IOException | RuntimeException e) {   // as the stage's command: one line, exit 1
            err.println("error: " + Main.describe(e));
            return stopped(err, "train");
        }
        summary.put("train", TrainCommand.summary(trained));
        try {
            stage(err, "quantize");
            QuantizeFlow.Result q = flows.quantize().quantize(out, data, FlowDefaults.CALIBRATION_CLIPS);
            summary.put("quantize", QuantizeCommand.summary(out, q));
            QuantizeCommand.report(err, out, q);
        } catch (IOException | RuntimeException e) {   // as the stage's command: one line, exit 1
            err.println("error: " + Main.describe(e));
            return stopped(err, "quantize");
        }
        try {
            stage(err, "export");
            ExportFlow.Request r = new ExportFlow.Request(out, run.export(), ExportFormat.parse(FlowDefaults.EXPORT_FORMATS), board,
                    Publisher.PLACEHOLDER, data);
            summary.put("export", ExportCommand.summary(out, run.export(), flows.export().export(r, err::println)));
        } catch (IOException | RuntimeException e) {   // as the stage's command: one line, exit 1
            err.println("error: " + Main.describe(e));
            return stopped(err, "export");
        }
        // the int8 model as a user meets it: accuracy, keywords detected and other words rejected on the held-out split
        try {
            stage(err, "eval");
            String split = String.valueOf(trained.metrics().getOrDefault("split", "test"));
            EvalFlow.Result e = flows.eval().evaluate(out, data, EvalCommand.splits(split), true, err::println);
            summary.put("eval", EvalCommand.summary(out, data, split, true, e));
            EvalCommand.report(err, out, data, split, true, e);
        } catch (IOException | RuntimeException e) {   // as the stage's command: one line, exit 1
            err.println("error: " + Main.describe(e));
            return stopped(err, "eval");
        }
        summary.put("seconds", Math.round((System.nanoTime() - t0) / 1e7) / 100.0);
        Json.print(spec.commandLine().getOut(), summary);
        return ExitCodes.OK;
    }

    private static void stage(PrintWriter err, String name) { err.println("== pipeline: " + name); }

    private int stopped(PrintWriter err, String stage) {
        err.println("error: pipeline stopped at " + stage + "; " + out + " keeps what was done");
        return ExitCodes.FAILED;
    }

    /** The search stage in {@code RUN/search/}; null (after one line) when the budget admits nothing or the pick is refused. */
    private SearchFlow.Result search(Flows flows, SearchRequest r, PrintWriter err) throws IOException {
        NativeThreads.request(r.config().threads());
        DataReporter report = new DataReporter(r.run().resolve(DataReport.FILE), err, flows.mapper());
        Ranking ranking = pick != null ? FlowDefaults.noRanking() : new Ranking(rank, rankEpochs, rankClips);
        try {
            return flows.search(System.err).run(r, ranking, pick, report, List.of(new ProgressPrinter(System.err, r.config().epochs())));
        } catch (InfeasibleBudgetException e) {
            err.println("error: " + e.getMessage());
            return null;
        } catch (SearchFlow.PickRefused e) {
            err.println("error: " + e.getMessage() + "; " + RunFolder.of(r.run()).genotype() + " keeps the decoded model");
            return null;
        } catch (IOException | RuntimeException e) {   // as search: one line, exit 1
            err.println("error: " + Main.describe(e));
            return null;
        }
    }

    /** {@code dartboard search}'s request for the pipeline's options; a refusal is a usage error (exit 2). */
    SearchRequest searchRequest() throws IOException {
        try {
            new Ranking(rank, rankEpochs, rankClips);
            BoardProfile profile = new BoardProfiles().load(board);
            Budget budget = new Budget(sram == null ? profile.usableSram() : sram, flash == null ? profile.usableFlash() : flash, latency);
            SearchConfig cfg = FlowDefaults.searchConfig(searchEpochs, FlowDefaults.warmup(searchEpochs), FlowDefaults.SEARCH_BATCH, seed,
                    FlowDefaults.ARCH_LR, FlowDefaults.LAMBDA, 0, pc == null ? 1 : pc, false, weightOpt, null,
                    freeOpPenalty == null ? 0 : freeOpPenalty);
            return new SearchRequest(data, RunFolder.of(out).pipelineSearch().dir(), SearchCommand.space(space == null ? "default" : space, configs),
                    profile, budget, cfg, words, false, FlowDefaults.PARETO_SAMPLES);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** {@code --genotype}, read before anything runs. */
    private Genotype genotype(Flows flows) throws IOException {
        try {
            return flows.train().genotype(genotype);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** {@code dartboard train}'s settings with the pipeline's epochs, seed and the training options it passes on. */
    private TrainConfig trainConfig() {
        TrainCommand t = new TrainCommand();
        t.epochs = trainEpochs;
        t.seed = seed;
        if (augment != null) t.augment = augment;
        if (ema != null) t.ema = ema;
        if (averageLast != null) t.averageLast = averageLast;
        if (chooseEpoch != null) t.chooseEpoch = chooseEpoch;
        if (bestOf != null) t.bestOf = bestOf;
        if (specAugment != null) t.specAugment = specAugment;
        if (labelSmoothing != null) t.labelSmoothing = labelSmoothing;
        if (vtlp != null) t.vtlp = vtlp;
        return t.config(spec.commandLine());
    }
}
