package dev.dartboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.audio.WavReader;
import dev.dartboard.data.ClipReader;
import dev.dartboard.data.DataPreparer;
import dev.dartboard.data.DatasetScanner;
import dev.dartboard.data.FeatureCache;
import dev.dartboard.data.LabelSetResolver;
import dev.dartboard.data.SpeakerSplit;
import dev.dartboard.model.Budget;
import dev.dartboard.model.LabelSet;
import dev.dartboard.model.SearchSpace;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.ExpectedCosts;
import dev.dartboard.nas.SearchSpaceFile;
import dev.dartboard.nas.SpacePresets;
import dev.dartboard.nas.decode.InfeasibleBudgetException;
import dev.dartboard.nas.search.SearchConfig;
import dev.dartboard.nas.search.SearchRequest;
import dev.dartboard.nas.search.SearchService;
import dev.dartboard.nas.search.ProgressPrinter;
import org.nd4j.linalg.factory.Nd4j;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code dartboard search}: data-aware architecture search under a board's budgets. Writes
 * RUN/genotype.json, RUN/events.jsonl, RUN/checkpoint/; prints a JSON summary on stdout and progress
 * on stderr. Exit 1 with one line for impossible budgets or unreadable data. {@code --resume} needs
 * the same options as the interrupted run.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search a front end and network that fit the board's budgets (data-aware DARTS).")
public final class SearchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--data", required = true, description = "Data set folder.") Path data;
    @Option(names = "--out", required = true, paramLabel = "RUN", description = "Run folder (created).") Path out;
    @Option(names = "--board", defaultValue = "nano33ble", description = "Board id or .json profile (default ${DEFAULT-VALUE}).") String board;
    @Option(names = "--sram", description = "SRAM budget, e.g. 24k (default: the board's usable SRAM).") String sram;
    @Option(names = "--flash", description = "Flash budget, e.g. 256k (default: the board's usable flash).") String flash;
    @Option(names = "--latency", defaultValue = "1000ms", description = "Latency budget, e.g. 200ms (default ${DEFAULT-VALUE}).") String latency;
    @Option(names = "--epochs", defaultValue = "4") int epochs;
    @Option(names = "--warmup", defaultValue = "1", description = "Warm-up epochs before α/γ move (default ${DEFAULT-VALUE}).") int warmup;
    @Option(names = "--batch", defaultValue = "64") int batch;
    @Option(names = "--seed", defaultValue = "1") long seed;
    @Option(names = "--space", defaultValue = "default", description = "Preset (default, paper8) or a JSON file.") String space;
    @Option(names = "--configs", defaultValue = "8", description = "At most N data configs (default ${DEFAULT-VALUE}).") int configs;
    @Option(names = "--resume", description = "Continue the run in --out from its last checkpoint.") boolean resume;
    @Option(names = "--threads", defaultValue = "0", description = "ND4J threads (0: its default).") int threads;
    @Option(names = "--words", split = ",", description = "Target words (default: the data set's manifest).") List<String> words = List.of();
    @Option(names = "--pc", defaultValue = "1", description = "PC-DARTS partial channels K (default ${DEFAULT-VALUE}).") int pc;
    @Option(names = "--superkernel", description = "Fold dw-sep 3x3/5x5 into one superkernel (faster).") boolean superkernel;
    @Option(names = "--arch-lr", defaultValue = "0.05", description = "Adam learning rate of α and γ (default ${DEFAULT-VALUE}).") double archLr;
    @Option(names = "--lambda", defaultValue = "5", description = "Weight of each budget penalty (default ${DEFAULT-VALUE}).") double lambda;

    @Override
    public Integer call() throws Exception {
        if (threads > 0) Nd4j.getEnvironment().setMaxMasterThreads(threads);
        if (threads > 0) Nd4j.getEnvironment().setMaxThreads(threads);
        var profile = new BoardProfiles().load(board);
        Budget budget = new Budget(sram == null ? profile.usableSram() : bytes(sram), flash == null ? profile.usableFlash() : bytes(flash), ms(latency));
        SearchConfig cfg = new SearchConfig(epochs, Math.min(warmup, epochs), batch, 0.025, 0.001, 0.9, archLr,
                new ExpectedCosts.Lambdas(lambda, lambda, lambda), 0.01, seed, threads, pc, superkernel);
        SearchRequest req = new SearchRequest(data, out, space(), profile, budget, cfg, words, resume);
        SearchService service = new SearchService(preparer(), new ObjectMapper(), System.err);
        SearchService.SearchOutcome o;
        try {
            o = service.run(req, List.of(new ProgressPrinter(System.err, cfg.epochs())));
        } catch (InfeasibleBudgetException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        Json.print(spec.commandLine().getOut(), Map.of("genotype", out.resolve("genotype.json").toString(),
                "sram", o.decoded().costs().sramBytes(), "flash", o.decoded().costs().flashBytes(),
                "latencyMs", o.decoded().costs().latencyMs(), "dataConfig", o.genotype().dataConfig().id(),
                "repairs", o.decoded().repairs(), "seconds", o.seconds(), "supernetValAccuracy", o.result().valAccuracy()));
        return ExitCodes.OK;
    }

    private SearchSpace space() throws java.io.IOException {
        if (space.endsWith(".json") || Files.isRegularFile(Path.of(space))) return new SearchSpaceFile().read(Path.of(space), configs);
        return SpacePresets.named(space, configs);
    }

    private static DataPreparer preparer() {
        ObjectMapper m = new ObjectMapper();
        return new DataPreparer(new DatasetScanner(new SpeakerSplit()), new LabelSetResolver(m, LabelSet.DEFAULT_SHARE, LabelSet.DEFAULT_SHARE),
                ClipReader.wav(new WavReader()), new FeatureCache(FeatureCache.defaultDir(), m, Runtime.getRuntime().availableProcessors()));
    }

    /** {@code 24k} = 24,576; {@code 1m} = 1,048,576; plain numbers are bytes. */
    static long bytes(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT).replace("b", "");
        long unit = t.endsWith("k") ? 1024 : t.endsWith("m") ? 1024 * 1024 : 1;
        return Math.round(Double.parseDouble(unit == 1 ? t : t.substring(0, t.length() - 1)) * unit);
    }

    /** {@code 200ms}, {@code 0.2s} or {@code 200} (ms). */
    static double ms(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) return Double.parseDouble(t.substring(0, t.length() - 2));
        if (t.endsWith("s")) return 1000 * Double.parseDouble(t.substring(0, t.length() - 1));
        return Double.parseDouble(t);
    }
}
