package dev.dartboard.nas.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.data.DataPreparer;
import dev.dartboard.data.PreparedData;
import dev.dartboard.io.AtomicFiles;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.Genotype;
import dev.dartboard.nas.SupernetSpec;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.CostTables;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.nas.decode.Decoded;
import dev.dartboard.nas.decode.Decoder;
import dev.dartboard.nas.decode.Feasibility;
import dev.dartboard.nas.pareto.ParetoExplorer;
import dev.dartboard.nas.pareto.ParetoFront;
import dev.dartboard.nas.pareto.ParetoJson;

import dev.dartboard.run.RunFolder;
import dev.dartboard.run.RunLock;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A whole search as one call (what the CLI and the studio run): refuse impossible budgets, save the
 * request as {@code search.json} (a resume must match it), featurize the data under every config
 * (cached), run the supernet search with events and checkpoints, decode a model that fits, explore the
 * Pareto front with the supernet's inherited weights, write {@code genotype.json} and {@code pareto.json}
 * (atomically). Progress lines go to {@code progress} (stderr in the CLI). Blocking; run it off the UI
 * thread. Not reentrant for the same run folder.
 */
public final class SearchService {
    private final DataPreparer preparer;
    private final ObjectMapper json;
    private final PrintStream progress;
    private final java.util.function.LongSupplier nanoTime;

    public SearchService(DataPreparer preparer, ObjectMapper json, PrintStream progress) {
        this(preparer, json, progress, System::nanoTime);
    }

    /** @param nanoTime the clock of the search loop's wall time ({@code search.seconds} in genotype.json) */
    public SearchService(DataPreparer preparer, ObjectMapper json, PrintStream progress, java.util.function.LongSupplier nanoTime) {
        this.preparer = preparer;
        this.json = json;
        this.progress = progress;
        this.nanoTime = nanoTime;
    }

    /**
     * Runs the request under the run folder's {@link RunLock}; {@code listeners} get every step besides the event log.
     *
     * @throws RunLock.RunLockedException when another process or task writes the folder
     */
    public SearchOutcome run(SearchRequest r, List<SearchListener> listeners) throws IOException {
        try (RunLock lock = RunLock.acquire(r.run(), "Dartboard search")) {   // the CLI holds it already; the studio takes it here
            return locked(r, listeners);
        }
    }

    private SearchOutcome locked(SearchRequest r, List<SearchListener> listeners) throws IOException {
        CostModel model = new CostModel(r.board(), new GenotypeLowering());
        SupernetSpec spec0 = SupernetSpec.of(r.space(), 2, r.config().superkernel());
        Feasibility.check(model, r.space(), spec0.stems(), 2, r.budget());   // 2 classes: a lower bound, before featurizing
        saveRequest(r);
        AlignedBatches data = new AlignedBatches(prepare(r));
        SupernetSpec spec = SupernetSpec.of(r.space(), data.classes(), r.config().superkernel())
                .withPartialChannels(r.config().partialChannels());
        Feasibility.check(model, r.space(), spec.stems(), data.classes(), r.budget());
        CostTables tables = CostTables.of(model, new GenotypeLowering(), r.space().dataConfigs(),
                spec.stems().stream().map(s -> s.deployed(spec.channels())).toList(),
                IntStream.range(0, spec.layers()).map(r.space()::stride).toArray(), r.space().primitives(), data.classes());
        long start = nanoTime.getAsLong();
        SearchRunner.Finished finished = search(r, spec, tables, data, listeners);
        double seconds = (nanoTime.getAsLong() - start) / 1e9;
        SearchResult result = finished.result();
        Decoder decoder = new Decoder(model, r.space(), spec.stems(), data.classes(), Decoder.DEPLOY_MAX_WIDTH);
        Decoded d = decoder.decode("search-" + r.run().getFileName(), result.alphas(), result.gamma(), r.budget());
        ParetoFront front = explore(r, decoder, finished, d);
        SearchOutcome out = new SearchOutcome(d, result, r.budget(), r.board().id(), seconds, r.space().dataConfigs(), front);
        AtomicFiles.write(RunFolder.of(r.run()).genotype(), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(SearchGenotypeJson.of(out)));
        new ParetoJson(json).write(r.run().resolve(ParetoJson.FILE), front);
        return out;
    }

    private ParetoFront explore(SearchRequest r, Decoder decoder, SearchRunner.Finished f, Decoded d) {
        long t = System.nanoTime();
        ParetoFront front = new ParetoExplorer(decoder, r.space(), r.samples(), r.config().seed())
                .explore(f.supernet(), f.result().alphas(), f.result().gamma(), d, r.budget(), r.board().id());
        progress.printf("pareto: %d distinct points (%d drawn), %d on the front (%.1f s)%n", front.points().size(), r.samples(),
                front.front().size(), (System.nanoTime() - t) / 1e9);
        return front;
    }

    /** A fresh run saves its request; a resumed one must match the saved request. */
    private void saveRequest(SearchRequest r) throws IOException {
        SearchRequestJson io = new SearchRequestJson(json);
        if (r.resume() && SearchRequestJson.exists(r.run())) {
            List<String> diff = SearchRequestJson.differences(io.read(r.run()), r);
            if (!diff.isEmpty()) throw new IOException(r.run().resolve(SearchRequestJson.FILE) + ": the run was started with other "
                    + String.join(", ", diff) + "; resume with the saved options (search --resume --out " + r.run() + ") or start a new run");
        } else io.write(r);
    }

    private SearchRunner.Finished search(SearchRequest r, SupernetSpec spec, CostTables tables, AlignedBatches data,
                                         List<SearchListener> listeners) throws IOException {
        Path ckpt = RunFolder.of(r.run()).checkpoint();
        int done = r.resume() && Checkpoint.exists(ckpt) ? new Checkpoint(json, note -> { }).load(ckpt).state().step() : 0;
        if (!r.resume()) Files.deleteIfExists(RunFolder.of(r.run()).events());
        try (EventLog log = new EventLog(RunFolder.of(r.run()).events(), json, done)) {
            List<SearchListener> all = new ArrayList<>(listeners);
            all.add(0, log);
            Decoder argmax = new Decoder(new CostModel(r.board(), new GenotypeLowering()), r.space(), spec.stems(), data.classes());
            SearchRunner runner = new SearchRunner(spec, tables, r.budget(), r.config(), data, new Checkpoint(json), all, argmax::argmaxCosts);
            progress.printf("search: %d configs, %d train / %d validation examples, %d steps per epoch, %d epochs%s%n",
                    spec.stems().size(), data.size(dev.dartboard.model.Split.TRAIN), data.size(dev.dartboard.model.Split.VALIDATION),
                    runner.batchesPerEpoch(), r.config().epochs(), done > 0 ? ", resuming after step " + done : "");
            return runner.finish(ckpt, r.resume());
        }
    }

    private List<PreparedData> prepare(SearchRequest r) throws IOException {
        Files.createDirectories(r.run());
        List<PreparedData> out = new ArrayList<>();
        for (DataConfig c : r.space().dataConfigs()) {
            long t = System.nanoTime();
            out.add(preparer.prepare(r.data(), c, r.words(), r.config().seed()));
            progress.printf("features %s: %d × %d (%.1f s)%n", c.id(), c.frames(), c.features(), (System.nanoTime() - t) / 1e9);
        }
        return out;
    }

    /**
     * A finished search: the decoded model, the search's end state, the wall time of the loop (seconds)
     * and the explored Pareto front (what pareto.json holds; its chosen point is the decoded model).
     */
    public record SearchOutcome(Decoded decoded, SearchResult result, dev.dartboard.model.Budget budget, String board,
                                double seconds, List<DataConfig> configs, ParetoFront pareto) {
        public Genotype genotype() { return decoded.genotype(); }
    }
}
