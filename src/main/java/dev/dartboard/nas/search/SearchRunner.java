package dev.dartboard.nas.search;

import dev.dartboard.model.Budget;
import dev.dartboard.model.Split;
import dev.dartboard.nas.SupernetSpec;
import dev.dartboard.nas.cost.CostTables;
import dev.dartboard.nas.pareto.InheritedSupernet;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The search loop (darts {@code train_search.py}): per epoch, alternating weight steps on the train
 * split and (after warm-up) architecture steps on the validation split, γ freezing by the paper's
 * rule, one event per step to the listeners, and an atomic checkpoint after every epoch. A resumed
 * run loads the last checkpoint and continues bit-for-bit: the same steps on the same thread count
 * give the same arrays. Not thread-safe; run it on one (background) thread.
 */
public final class SearchRunner {
    private final SupernetSpec spec;
    private final CostTables tables;
    private final Budget budget;
    private final SearchConfig config;
    private final AlignedBatches data;
    private final Checkpoint checkpoint;
    private final List<SearchListener> listeners;
    private final HardCosts hard;

    /** A runner whose penalty sees expected costs only (no straight-through offsets). */
    public SearchRunner(SupernetSpec spec, CostTables tables, Budget budget, SearchConfig config, AlignedBatches data,
                        Checkpoint checkpoint, List<SearchListener> listeners) {
        this(spec, tables, budget, config, data, checkpoint, listeners, null);
    }

    /** @param hard exact costs of the argmax network: the penalty acts on them (straight-through); null: off */
    public SearchRunner(SupernetSpec spec, CostTables tables, Budget budget, SearchConfig config, AlignedBatches data,
                        Checkpoint checkpoint, List<SearchListener> listeners, HardCosts hard) {
        this.hard = hard;
        this.spec = spec;
        this.tables = tables;
        this.budget = budget;
        this.config = config;
        this.data = data;
        this.checkpoint = checkpoint;
        this.listeners = List.copyOf(listeners);
    }

    /** Runs (or, with {@code resume} and a checkpoint in {@code dir}, continues) the search to its last epoch. */
    public SearchResult run(Path dir, boolean resume) throws IOException { return finish(dir, resume).result(); }

    /** As {@link #run}, also handing back the supernet as the loop left it (for the Pareto explorer). */
    public Finished finish(Path dir, boolean resume) throws IOException {
        SupernetSession s = new SupernetSession(spec, tables, budget, config, config.epochs() * batchesPerEpoch(), hard);
        SearchState st = resume && Checkpoint.exists(dir) ? restore(s, dir) : SearchState.start(config.seed());
        for (int e = st.nextEpoch(); e < config.epochs(); e++) {
            st = epoch(s, st, e);
            st = new SearchState(e + 1, st.step(), st.frozenConfig(), st.frozenGamma(), st.iterations(), st.seed());
            save(s, st, dir);
        }
        double[] gamma = SearchStep.gamma(s, st);
        FinishedSupernet net = new FinishedSupernet(s, data, config);
        return new Finished(new SearchResult(SearchStep.alphas(s.graph()), gamma, st.frozenConfig(), st.step(),
                net.accuracy(Split.VALIDATION)), net);
    }

    /** A finished loop: its result and its live supernet (valid until the caller drops it). */
    public record Finished(SearchResult result, InheritedSupernet supernet) {}

    /** Weight steps per epoch. */
    public int batchesPerEpoch() { return (data.size(Split.TRAIN) + config.batch() - 1) / config.batch(); }

    private SearchState epoch(SupernetSession s, SearchState st, int e) {
        Iterator<Map<String, INDArray>> train = data.epoch(Split.TRAIN, e, config.batch(), config.seed(), s::active);
        Iterator<Map<String, INDArray>> val = data.epoch(Split.VALIDATION, e * 1000, config.batch(), config.seed() + 1, s::active);
        boolean warmup = e < config.warmupEpochs();
        for (int cycle = 1; train.hasNext(); ) {
            if (!val.hasNext()) val = data.epoch(Split.VALIDATION, e * 1000 + cycle++, config.batch(), config.seed() + 1, s::active);
            st = SearchStep.run(s, st, e, warmup, train.next(), val.next(), this::publish);
        }
        return st;
    }

    private void publish(SearchEvent event) {
        for (SearchListener l : listeners) l.onStep(event);
    }

    private void save(SupernetSession s, SearchState st, Path dir) throws IOException {
        checkpoint.save(dir, new Checkpoint.Content(st, s.arrays().toNamed()));
    }

    private SearchState restore(SupernetSession s, Path dir) throws IOException {
        Checkpoint.Content c = checkpoint.load(dir);
        if (c.state().seed() != config.seed())
            throw new IOException("the checkpoint in " + dir + " was made with seed " + c.state().seed() + ", not " + config.seed());
        try {
            s.load(c.state().frozenConfig(), SupernetArrays.fromNamed(c.arrays()), c.state().iterations());
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new IOException("the checkpoint in " + dir + " does not fit this search's supernet (" + e.getMessage()
                    + "); it was made by another Dartboard version or search space: start the search again (--force)", e);
        }
        return c.state();
    }
}
