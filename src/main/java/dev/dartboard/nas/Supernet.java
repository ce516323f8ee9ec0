package dev.dartboard.nas;

import dev.dartboard.model.Primitive;
import dev.dartboard.engine.ops.ReluOp;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Builds the data-aware supernet graph (darts {@code model_search.py}) as a pure function of its
 * spec and seed. Placeholders: {@code x<i>} [B, frames_i, features_i, 1] of the graph type (NHWC, one per
 * data config), {@code label} [B, classes] one-hot. Architecture variables: {@code gamma} [1, n]
 * (data-config mixer; with one data config a constant 0 and no mixer) and {@code L<l>/alpha} [1, k] (op mixer of layer l, in primitive order).
 * Outputs: {@code logits} [B, classes], {@code loss} (mean softmax cross-entropy, scalar). With an
 * extra term T(α, γ) (e.g. {@link ExpectedCosts}) the differentiated loss is {@code objective} = loss + T;
 * T must not depend on the weights, so weight gradients are those of {@code loss} alone.
 */
public final class Supernet {
    public static final String LABEL = "label", LOGITS = "logits", LOSS = "loss", GAMMA = "gamma", OBJECTIVE = "objective";
    /** The classifier's input: the last layer's output averaged over the grid, [B, C]. */
    public static final String FEATURES = "gap";

    private Supernet() {}

    /** Placeholder name of data config {@code i}. */
    public static String input(int i) { return "x" + i; }

    /** Prefix of stem {@code i}'s variables and ops: {@code stem<i>/}. */
    public static String stem(int i) { return "stem" + i + "/"; }

    /** The stem whose prefix {@code name} starts with ({@link #stem}), or −1 when it is no stem's. */
    public static int stemOf(String name) {
        if (!name.startsWith("stem")) return -1;
        int slash = name.indexOf('/');
        String digits = slash < 0 ? "" : name.substring(4, slash);
        return !digits.isEmpty() && digits.chars().allMatch(Character::isDigit) ? Integer.parseInt(digits) : -1;
    }

    /** Variable name of layer {@code l}'s α. */
    public static String alpha(int l) { return "L" + l + "/alpha"; }

    /** The float graph; its gradient function is created here, with SameDiff's stdout chatter muted. */
    public static SameDiff build(SupernetSpec spec, long seed) { return build(spec, seed, DataType.FLOAT); }

    /** As {@link #build(SupernetSpec, long)} in {@code type} (DOUBLE for gradient checks); same values rounded. */
    public static SameDiff build(SupernetSpec spec, long seed, DataType type) { return build(spec, seed, type, null); }

    /** As {@link #build(SupernetSpec, long, DataType)} plus {@code extra} (null: none), a scalar of α and γ added to the loss. */
    public static SameDiff build(SupernetSpec spec, long seed, DataType type, Function<SameDiff, SDVariable> extra) {
        SameDiff sd = SameDiff.create();
        WeightInit init = new WeightInit(seed, type);
        SDVariable h = stems(sd, spec, init, type);
        for (int l = 0; l < spec.layers(); l++) h = mixedLayer(sd, spec, l, h, init);
        SDVariable loss = head(sd, spec, h, init, type);
        if (extra == null) sd.setLossVariables(LOSS);
        else sd.setLossVariables(loss.add(OBJECTIVE, extra.apply(sd)));
        QuietStdout.call(() -> { sd.createGradFunction(); return sd; });
        return sd;
    }

    /** Stems to [B, gridH, gridW, C], mixed by softmax(γ). */
    private static SDVariable stems(SameDiff sd, SupernetSpec spec, WeightInit init, DataType type) {
        List<SDVariable> outs = new ArrayList<>();
        int n = spec.stems().size();
        int[][] groups = new int[n][];
        for (int i = 0; i < n; i++) {
            StemSpec s = spec.stems().get(i);
            SDVariable x = sd.placeHolder(input(i), type, -1, s.inH(), s.inW(), 1);
            SDVariable c = Blocks.conv(sd, "stem" + i, x, init, 1, spec.channels(), s);   // stem(i) + "w", ...
            outs.add(ReluOp.apply(sd, stem(i) + "relu", Blocks.bn(sd, stem(i) + "bn", c, spec.channels())));
            groups[i] = new int[]{i};
        }
        if (n == 1) {   // γ frozen (or one config): a constant 1-weight, no mixer (matmul_bp fails on [1,1] rows)
            sd.constant(GAMMA, Nd4j.zeros(type, 1, 1));
            return outs.get(0);
        }
        SDVariable gamma = sd.var(GAMMA, init.normal(1e-3, 1, n));
        return Mixer.mix(sd, "stems/mix", sd.nn().softmax(GAMMA + "/softmax", gamma, 1), n, groups, outs);
    }

    /** One mixed layer, on all channels or (PC-DARTS) on the first C/K with the rest bypassing. */
    private static SDVariable mixedLayer(SameDiff sd, SupernetSpec spec, int l, SDVariable x, WeightInit init) {
        int k = spec.partialChannels();
        if (k == 1) return mixedOps(sd, spec, l, x, init);
        SDVariable part = PartialChannels.select(sd, "L" + l + "/pc/in", x, spec.channels(), k);
        SDVariable y = mixedOps(sd, spec, l, part, init);
        return PartialChannels.merge(sd, "L" + l + "/pc/out", x, y, spec.channels(), k);
    }

    /**
     * Σ softmax(α)_p · op_p(x) over the spec's primitives (ZERO adds nothing); x has C/K channels. Each op_p is
     * the trained net's block of p ({@link MixedOpBuilder}); the supernet adds only this mixing.
     */
    private static SDVariable mixedOps(SameDiff sd, SupernetSpec spec, int l, SDVariable x, WeightInit init) {
        String p = "L" + l;
        int k = spec.primitives().size();
        SDVariable a = sd.var(alpha(l), init.normal(1e-3, 1, k));
        SDVariable probs = sd.nn().softmax(p + "/softmax", a, 1);
        List<SDVariable> terms = new ArrayList<>();
        List<int[]> groups = new ArrayList<>();
        int c = spec.opChannels(), w = spec.gridW();
        if (spec.foldsSeparables()) {
            int i3 = spec.primitives().indexOf(Primitive.DW_SEP_3X3), i5 = spec.primitives().indexOf(Primitive.DW_SEP_5X5);
            terms.add(Superkernel.build(sd, p + "/sep", x, c, w, init, a, k, i3, i5));
            groups.add(new int[]{i3, i5});
        }
        for (int i = 0; i < k; i++) {
            Primitive op = spec.primitives().get(i);
            if (op == Primitive.ZERO || (spec.foldsSeparables() && op.kind() == Primitive.Kind.SEPARABLE)) continue;
            terms.add(MixedOpBuilder.candidate(sd, p + "/" + op.name().toLowerCase(java.util.Locale.ROOT), x, c, w, init, op, null));
            groups.add(new int[]{i});
        }
        return Mixer.mix(sd, p + "/mix", probs, k, groups.toArray(new int[0][]), terms);
    }

    /** Global average pool → x·W + b → softmax cross-entropy against the one-hot labels. */
    private static SDVariable head(SameDiff sd, SupernetSpec spec, SDVariable h, WeightInit init, DataType type) {
        SDVariable gap = sd.mean(FEATURES, h, 1, 2);
        SDVariable w = sd.var("fc/w", init.normal(1.0 / Math.sqrt(spec.channels()), spec.channels(), spec.classes()));
        SDVariable b = sd.var("fc/b", init.normal(0.0, 1, spec.classes()));
        SDVariable logits = sd.mmul("fc/mmul", gap, w).add(LOGITS, b);
        SDVariable label = sd.placeHolder(LABEL, type, -1, spec.classes());
        return sd.loss().softmaxCrossEntropy(LOSS, label, logits, null);
    }
}
