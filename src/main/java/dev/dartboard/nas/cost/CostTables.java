package dev.dartboard.nas.cost;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Primitive;

import java.util.ArrayList;
import java.util.List;

/**
 * The exact cost model cut into the additive pieces that the expected costs weight by softmax(γ)
 * (data config i) and softmax(α_l) (op p of layer l). Flash and latency of a chain are additive:
 * cost(genotype) = base[i] + Σ_l layer[l][i][p_l] exactly, where layer[l][i][p] = cost(prefix + p) −
 * cost(prefix) with a shape-equivalent prefix of SKIP layers. SRAM = sramBase[i] (front end + runtime)
 * + the arena, approximated by the largest "live" activation bytes over the stem, each layer and the head.
 *
 * <p>Units: flash and SRAM in bytes, latency in ms. Arrays are owned by the record (do not mutate).
 *
 * @param flashBase   [n] flash of config i with no layers (front-end tables, stem, head, runtime code)
 * @param latencyBase [n] ms of config i with no layers (features + stem + head)
 * @param sramBase    [n] front-end buffers + runtime RAM of config i
 * @param stemLive    [n] bytes of the stem's output
 * @param headLive    [n] bytes alive in the head (pool input + output)
 * @param flash       [L][n][k] flash added by op p in layer l under config i (ZERO: 0)
 * @param latency     [L][n][k] ms added
 * @param live        [L][n][k] peak bytes alive while layer l runs op p (an op without kernels: its input)
 */
public record CostTables(double[] flashBase, double[] latencyBase, double[] sramBase, double[] stemLive,
                         double[] headLive, double[][][] flash, double[][][] latency, double[][][] live) {

    /** Configs n. */
    public int configs() { return flashBase.length; }

    /** Layers L. */
    public int layers() { return flash.length; }

    /** The tables of config i alone (after γ froze on it). */
    public CostTables only(int i) {
        double[][][] f = new double[layers()][][], t = new double[layers()][][], v = new double[layers()][][];
        for (int l = 0; l < layers(); l++) {
            f[l] = new double[][]{flash[l][i]};
            t[l] = new double[][]{latency[l][i]};
            v[l] = new double[][]{live[l][i]};
        }
        return new CostTables(new double[]{flashBase[i]}, new double[]{latencyBase[i]}, new double[]{sramBase[i]},
                new double[]{stemLive[i]}, new double[]{headLive[i]}, f, t, v);
    }

    /**
     * Tables from the exact model.
     *
     * @param stems   the deployed stem of each config (same channels for all)
     * @param strides stride of each mixed layer
     */
    public static CostTables of(CostModel model, GenotypeLowering lowering, List<DataConfig> configs,
                                List<Genotype.Stem> stems, int[] strides, List<Primitive> primitives, int classes) {
        int n = configs.size(), layers = strides.length, k = primitives.size();
        double[] fb = new double[n], tb = new double[n], sb = new double[n], sl = new double[n], hl = new double[n];
        double[][][] f = new double[layers][n][k], t = new double[layers][n][k], v = new double[layers][n][k];
        Pieces pieces = new Pieces(model, lowering, classes);
        for (int i = 0; i < n; i++) {
            Genotype empty = new Genotype("empty", configs.get(i), stems.get(i), List.of());
            Costs c = model.of(empty, classes);
            fb[i] = c.flashBytes();
            tb[i] = c.latencyMs();
            sb[i] = c.sramBytes() - c.breakdown().get("arena");
            int[] live = pieces.live(empty);
            sl[i] = live[0];
            hl[i] = Math.max(live[1], live[2]);
            for (int l = 0; l < layers; l++) {
                List<Genotype.Layer> prefix = new ArrayList<>();
                for (int j = 0; j < l; j++) prefix.add(new Genotype.Layer(Primitive.SKIP, stems.get(i).channels(), strides[j]));
                for (int p = 0; p < k; p++)
                    pieces.fill(empty, prefix, primitives.get(p), strides[l], f[l][i], t[l][i], v[l][i], p);
            }
        }
        return new CostTables(fb, tb, sb, sl, hl, f, t, v);
    }
}
