package dev.dartboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.data.DataReport;
import dev.dartboard.flow.FlowDefaults;
import dev.dartboard.flow.Flows;
import dev.dartboard.flow.Ranking;
import dev.dartboard.flow.SearchFlow;
import dev.dartboard.model.Budget;
import dev.dartboard.model.SearchSpace;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.SearchSpaceFile;
import dev.dartboard.nas.SpacePresets;
import dev.dartboard.nas.decode.InfeasibleBudgetException;
import dev.dartboard.engine.ops.NativeThreads;
import dev.dartboard.nas.pareto.ParetoJson;
import dev.dartboard.nas.pareto.ParetoPoint;
import dev.dartboard.nas.search.ProgressPrinter;
import dev.dartboard.nas.search.SearchConfig;
import dev.dartboard.nas.search.SearchRequest;
import dev.dartboard.nas.search.SearchRequestJson;
import dev.dartboard.run.RunFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code dartboard search}: data-aware architecture search under a board's budgets. Writes
 * RUN/genotype.json, RUN/events.jsonl, RUN/checkpoint/, RUN/data-report.json (files left out, one line on stderr); prints a JSON summary on stdout and progress
 * on stderr. Exit 1 with one line for impossible budgets or unreadable data. {@code --resume} takes the
 * interrupted run's options from RUN/search.json (options given again must agree). {@code --pick ID}
 * writes that Pareto point (RUN/pareto.json) into genotype.json instead of the decoded model. The run folder
 * is this search's own ({@link RunClaims}): a folder that already holds a run is refused with exit 2 unless
 * {@code --resume} or {@code --force}; the folder's lock is held throughout. The work is {@link SearchFlow}, which the
 * pipeline and the studio's Search page run too; the defaults are {@link FlowDefaults}'.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search a front end and network that fit the board's budgets (data-aware DARTS).")
public final class SearchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--data", description = "Data set folder (not needed with --resume).") Path data;
    @Option(names = "--out", required = true, paramLabel = "RUN", description = "Run folder (created).") Path out;
    @Option(names = "--board", defaultValue = dev.dartboard.flow.FlowDefaults.BOARD, description = "Board id or .json profile (default ${DEFAULT-VALUE}).") String board;
    @Option(names = "--sram", converter = OptionValues.Size.class, description = "SRAM budget, e.g. 24k (default: the board's usable SRAM).") Long sram;
    @Option(names = "--flash", converter = OptionValues.Size.class, description = "Flash budget, e.g. 256k (default: the board's usable flash).") Long flash;
    @Option(names = "--latency", defaultValue = "1000ms", converter = OptionValues.Duration.class, description = "Latency budget, e.g. 200ms (default ${DEFAULT-VALUE}).") double latency;
    @Option(names = "--epochs", defaultValue = "" + dev.dartboard.flow.FlowDefaults.SEARCH_EPOCHS) int epochs;
    @Option(names = "--warmup", defaultValue = "" + dev.dartboard.flow.FlowDefaults.WARMUP_EPOCHS, description = "Warm-up epochs before α/γ move (default ${DEFAULT-VALUE}).") int warmup;
    @Option(names = "--batch", defaultValue = "" + dev.dartboard.flow.FlowDefaults.SEARCH_BATCH) int batch;
    @Option(names = "--seed", defaultValue = "" + dev.dartboard.flow.FlowDefaults.SEED) long seed;
    @Option(names = "--space", defaultValue = "default", description = "Preset (default, paper8) or a JSON file.") String space;
    @Option(names = "--configs", defaultValue = "" + dev.dartboard.flow.FlowDefaults.CONFIGS, description = "At most N data configs (default ${DEFAULT-VALUE}).") int configs;
    @Option(names = "--resume", description = "Continue the run in --out from its last checkpoint.") boolean resume;
    @Option(names = "--force", description = "Replace the run in --out: delete its files first (search, training, int8 model, blob, exports).") boolean force;
    @Option(names = "--threads", defaultValue = "0", description = "Native (ND4J/OpenMP) threads per op (0: OMP_NUM_THREADS if set, else cores - 1).") int threads;
    @Option(names = "--words", split = ",", description = "Target words (default: the data set's manifest).") List<String> words = List.of();
    @Option(names = "--pc", defaultValue = "1", description = "PC-DARTS partial channels K (default ${DEFAULT-VALUE}).") int pc;
    @Option(names = "--free-op-penalty", defaultValue = "0", paramLabel = "W", description = "Weight of a penalty on the α mass of skip and pooling, against DARTS' collapse onto parameter-free ops (0: off; default ${DEFAULT-VALUE}).") double freeOpPenalty;
    @Option(names = "--superkernel", description = "Fold dw-sep 3x3/5x5 into one superkernel (faster).") boolean superkernel;
    @Option(names = "--arch-lr", defaultValue = "" + dev.dartboard.flow.FlowDefaults.ARCH_LR, description = "Adam learning rate of α and γ (default ${DEFAULT-VALUE}).") double archLr;
    @Option(names = "--weight-opt", defaultValue = "sgd", paramLabel = "sgd|adam", description = "Optimizer of the supernet weights (default ${DEFAULT-VALUE}).") String weightOpt;
    @Option(names = "--weight-lr", description = "Weight learning rate at step 0, cosine to 1/25 (default: 0.025 for sgd, 0.005 for adam).") Double weightLr;
    @Option(names = "--lambda", defaultValue = "" + dev.dartboard.flow.FlowDefaults.LAMBDA, description = "Weight of each budget penalty (default ${DEFAULT-VALUE}).") double lambda;
    @Option(names = "--samples", defaultValue = "" + dev.dartboard.flow.FlowDefaults.PARETO_SAMPLES, description = "Sub-networks the Pareto explorer draws (0: decoded + argmax only; default ${DEFAULT-VALUE}).") int samples;
    @Option(names = "--rank", defaultValue = "0", paramLabel = "N", description = "Judge the decoded model, the reference points and fitting front points, N at most, by short trainings: all for --rank-epochs, the better half again for twice as long; keep the best by validation accuracy (0: off; default ${DEFAULT-VALUE}).") int rank;
    @Option(names = "--rank-epochs", defaultValue = "" + dev.dartboard.flow.FlowDefaults.RANK_EPOCHS, description = "Epochs of each first-round ranking run (default ${DEFAULT-VALUE}).") int rankEpochs;
    @Option(names = "--rank-clips", defaultValue = "" + dev.dartboard.flow.FlowDefaults.RANK_CLIPS, paramLabel = "N", description = "Training clips of each ranking run at most, class-stratified (0: all; default ${DEFAULT-VALUE}).") int rankClips;
    @Option(names = "--pick", paramLabel = "ID", description = "Write this Pareto point (RUN/pareto.json id) to genotype.json instead of the decoded model.") Integer pick;
    @Option(names = "--cache", paramLabel = "DIR", description = "Feature cache folder (default: $DARTBOARD_CACHE/features or ~/.cache/dartboard/features).") Path cache;

    private final Function<Path, Flows> flows;

    public SearchCommand() { this(Flows::of); }

    /** @param flows the flows over a feature cache folder (null: the default one) */
    SearchCommand(Function<Path, Flows> flows) { this.flows = flows; }

    @Override
    public Integer call() throws Exception {
        if (resume && force) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--resume and --force exclude each other");
        SearchRequest req = request();
        PrintWriter err = spec.commandLine().getErr();
        return RunClaims.owned(out, "dartboard search", f -> RunClaims.search(f, resume, force, err), err, () -> search(req));
    }

    private Integer search(SearchRequest req) throws Exception {
        NativeThreads.request(req.config().threads());
        PrintWriter err = spec.commandLine().getErr();
        DataReporter report = new DataReporter(out.resolve(DataReport.FILE), err, new ObjectMapper());
        SearchFlow.Result r;
        try {
            r = flows.apply(cache).search(System.err).run(req, new Ranking(rank, rankEpochs, rankClips), pick, report,
                    List.of(new ProgressPrinter(System.err, req.config().epochs())));
        } catch (InfeasibleBudgetException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FAILED;
        } catch (SearchFlow.PickRefused e) {
            err.println("error: " + e.getMessage() + "; " + RunFolder.of(out).genotype() + " keeps the decoded model");
            return ExitCodes.FAILED;
        }
        Json.print(spec.commandLine().getOut(), summary(r, out));
        return ExitCodes.OK;
    }

    /** What {@code search} prints (and {@code pipeline} keeps as its {@code search} stage). */
    static Map<String, Object> summary(SearchFlow.Result r, Path out) {
        ParetoPoint chosen = r.chosen();
        var o = r.outcome();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("genotype", RunFolder.of(out).genotype().toString());
        summary.put("pareto", out.resolve(ParetoJson.FILE).toString());
        summary.put("point", chosen.id());
        summary.put("front", o.pareto().front());
        summary.put("sram", chosen.costs().sramBytes());
        summary.put("flash", chosen.costs().flashBytes());
        summary.put("latencyMs", chosen.costs().latencyMs());
        summary.put("dataConfig", chosen.genotype().dataConfig().id());
        summary.put("repairs", r.repairs());
        summary.put("seconds", o.seconds());
        summary.put("supernetValAccuracy", o.result().valAccuracy());
        return summary;
    }

    /** The request of the command line, or with --resume the saved one (RUN/search.json) checked against it. */
    private SearchRequest request() throws java.io.IOException {
        boolean saved = resume && SearchRequestJson.exists(out);
        if (rank < 0 || rankEpochs < 1 || rankClips < 0) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rank takes N ≥ 0, --rank-epochs E ≥ 1 and --rank-clips N ≥ 0");
        if (pick != null && pick < 0) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--pick takes a point id ≥ 0");
        if (data == null && !saved)
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--data'"
                    + (resume ? " (" + out.resolve(SearchRequestJson.FILE) + " does not exist)" : ""));
        var profile = new BoardProfiles().load(board);
        Budget budget = new Budget(sram == null ? profile.usableSram() : sram, flash == null ? profile.usableFlash() : flash, latency);
        SearchConfig cfg = config();
        boolean newSpace = !saved || spec.commandLine().getParseResult().hasMatchedOption("--space")
                || spec.commandLine().getParseResult().hasMatchedOption("--configs");
        SearchRequest given = new SearchRequest(data == null ? Path.of("") : data, out, newSpace ? space() : null, profile, budget, cfg,
                words, resume, samples);
        if (!saved) return given;
        return SearchResume.merge(new SearchRequestJson(new ObjectMapper()).read(out), given,
                spec.commandLine().getParseResult(), out.resolve(SearchRequestJson.FILE).toString());
    }

    /** The search settings of the options; a refusal is a usage error (exit 2). */
    private SearchConfig config() {
        try {
            return FlowDefaults.searchConfig(epochs, warmup, batch, seed, archLr, lambda, threads, pc, superkernel, weightOpt, weightLr, freeOpPenalty);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "invalid search settings: " + e.getMessage(), e);
        }
    }

    private SearchSpace space() throws java.io.IOException { return space(space, configs); }

    /** {@code --space}: a preset name or a JSON file, thinned to {@code configs} front ends. */
    static SearchSpace space(String space, int configs) throws java.io.IOException {
        if (space.endsWith(".json") || Files.isRegularFile(Path.of(space))) return new SearchSpaceFile().read(Path.of(space), configs);
        return SpacePresets.named(space, configs);
    }
}
