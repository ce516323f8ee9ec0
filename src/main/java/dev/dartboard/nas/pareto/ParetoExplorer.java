package dev.dartboard.nas.pareto;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.Primitive;
import dev.dartboard.model.Budget;
import dev.dartboard.model.SearchSpace;
import dev.dartboard.nas.cost.Costs;
import dev.dartboard.nas.decode.Choice;
import dev.dartboard.nas.decode.Decoded;
import dev.dartboard.nas.decode.Decoder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Pareto explorer (docs/architecture.md#pareto-explorer-and-ranking): after the search loop, the decoded model (id 0, the default pick),
 * the argmax of α and γ, the reference shape (every layer a depthwise-separable 3x3 at full width, as
 * DS-CNN, widened like the decoded model when the decoder widens: {@link Decoder#widen}) on the two data configs γ weighs most (only the frozen one once γ froze) and on the classic front
 * end {@link DataConfig#defaults()} when the space has it ({@code reference}, repaired greedily when over
 * budget; a config whose stem the freeze dropped gets accuracy NaN, the ranking trains it anyway), and
 * K sub-networks drawn from softmax(α) (ZERO left out) and softmax(γ) (the
 * frozen config once γ froze), each draw over budget also repaired greedily by the {@link Decoder};
 * identical genotypes are kept once. Each gets its exact costs (cost model) and its top-1 validation
 * accuracy with the supernet's inherited weights ({@link OneHotEvaluator}); the front is the
 * non-dominated fitting points.
 *
 * <p>What an accuracy means: the sub-network's ops and data config run at the <em>supernet's width</em>
 * with its weights (the last linear layer refit by a {@link LinearProbe}, see {@link OneHotEvaluator}) and batch-statistics BN (the supernet's BN has no running statistics, so each
 * sub-network is normalised with its own batch statistics: recalibrated by construction), with PC-DARTS
 * partial channels as in the search. A point at a narrower width (a repair) carries the accuracy of the
 * same ops and config at full width (so does a widened one): inherited weights do not exist for other widths, so that number is
 * an optimistic proxy, not a measurement of the narrow network. A point whose config's stem was dropped at
 * the γ freeze cannot be evaluated: accuracy NaN. Only retraining from scratch gives final accuracies.
 * Stateless apart from its settings; explore is single-threaded (the supernet is).
 */
public final class ParetoExplorer {
    public static final int DEFAULT_SAMPLES = 32;
    private final Decoder decoder;
    private final SearchSpace space;
    private final int samples;
    private final long seed;

    /** @param samples K draws (0: only the decoded and argmax points) */
    public ParetoExplorer(Decoder decoder, SearchSpace space, int samples, long seed) {
        if (samples < 0) throw new IllegalArgumentException("samples must be ≥ 0: " + samples);
        this.decoder = decoder;
        this.space = space;
        this.samples = samples;
        this.seed = seed;
    }

    /**
     * Explores around a finished search; α and γ of {@code net} are restored (checked) before returning.
     * @param alphas softmax(α) per layer; @param gamma softmax(γ) over all configs (at the freeze if γ froze)
     */
    public ParetoFront explore(InheritedSupernet net, double[][] alphas, double[] gamma, Decoded decoded, Budget budget, String board) {
        Map<Choice, String> candidates = candidates(net.frozenConfig(), alphas, gamma, decoded, budget);
        List<ParetoPoint> points = new ArrayList<>();
        int widest = space.widths().stream().max(Integer::compare).orElseThrow();
        try (OneHotEvaluator eval = new OneHotEvaluator(net, space.primitives())) {
            for (Map.Entry<Choice, String> e : candidates.entrySet()) {
                Choice c = e.getKey();
                int id = points.size();
                Costs k = id == 0 ? decoded.costs() : decoder.costs(c);
                String name = id == 0 ? decoded.genotype().name() : decoded.genotype().name() + "-p" + id;
                double acc = eval.accuracy(new Choice(c.config(), widest, c.ops()));
                points.add(new ParetoPoint(id, e.getValue(), acc, k, k.fits(budget), decoder.genotype(name, c)));
            }
        }
        return new ParetoFront(board, budget, points, ParetoFront.nonDominated(points), 0);
    }

    /** The data configs of the reference points: {@link #topConfigs} with 2, then the classic front end if in the space. */
    static List<Integer> referenceConfigs(List<DataConfig> configs, int frozen, double[] gamma) {
        List<Integer> out = new ArrayList<>(topConfigs(frozen, gamma, 2));
        int classic = configs.indexOf(DataConfig.defaults());
        if (classic >= 0 && !out.contains(classic)) out.add(classic);
        return out;
    }

    /** The frozen config, or the {@code n} configs with the largest γ weights, largest first. */
    private static List<Integer> topConfigs(int frozen, double[] gamma, int n) {
        if (frozen >= 0) return List.of(frozen);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < gamma.length; i++) order.add(i);
        order.sort((a, b) -> Double.compare(gamma[b], gamma[a]));
        return order.subList(0, Math.min(n, order.size()));
    }

    /** Distinct choices in id order with their source: decoded, argmax, then each draw and its repair. */
    private Map<Choice, String> candidates(int frozen, double[][] alphas, double[] gamma, Decoded decoded, Budget budget) {
        Map<Choice, String> out = new LinkedHashMap<>();
        out.put(Choice.of(decoded.genotype(), space), ParetoPoint.DECODED);
        out.putIfAbsent(decoder.argmax(alphas, gamma), ParetoPoint.ARGMAX);
        int widest = space.widths().stream().max(Integer::compare).orElseThrow();
        if (space.primitives().contains(Primitive.DW_SEP_3X3))
            for (int config : referenceConfigs(space.dataConfigs(), frozen, gamma)) {
                Choice ref = new Choice(config, widest, java.util.Collections.nCopies(alphas.length, Primitive.DW_SEP_3X3));
                out.putIfAbsent(decoder.costs(ref).fits(budget) ? decoder.widen(ref, budget)
                        : Choice.of(decoder.repair("repair", ref, alphas, gamma, budget).genotype(), space), ParetoPoint.REFERENCE);
            }
        for (Choice c : ChoiceSampler.draw(alphas, gamma, frozen, space.primitives(), widest, samples, seed)) {
            out.putIfAbsent(c, ParetoPoint.SAMPLE);
            if (!decoder.costs(c).fits(budget))
                out.putIfAbsent(Choice.of(decoder.repair("repair", c, alphas, gamma, budget).genotype(), space), ParetoPoint.REPAIRED);
        }
        return out;
    }
}
