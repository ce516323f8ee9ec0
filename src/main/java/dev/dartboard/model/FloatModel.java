package dev.dartboard.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A trained network ready for quantization and export: BN folded into the weights, ops in
 * execution order, each reading the model input or earlier ops' outputs (so residual blocks are
 * an ADD of two earlier outputs). The contract between {@code train} (which produces it) and
 * {@code quant}/{@code export} (which consume it). The last op's output is the logits [1, 1, labels].
 *
 * @param name       a human label (the genotype's name)
 * @param dataConfig the front end that produces the input
 * @param input      input shape [frames, features, 1] (H = time, W = feature, C = 1)
 * @param ops        the ops, in execution order
 * @param labels     class names, index = logit index
 */
public record FloatModel(String name, DataConfig dataConfig, int[] input, List<FloatOp> ops, List<String> labels) {

    public FloatModel {
        ops = List.copyOf(ops);
        labels = List.copyOf(labels);
        if (input == null || input.length != 3) throw new IllegalArgumentException("input shape is [H, W, C]");
        if (ops.isEmpty()) throw new IllegalArgumentException("a model needs at least one op");
        for (int i = 0; i < ops.size(); i++)
            for (int src : ops.get(i).inputs())
                if (src < -1 || src >= i) throw new IllegalArgumentException("op " + i + " reads op " + src + ", not an earlier one");
        int[] out = shapesOf(input, ops).get(ops.size() - 1);
        if (out[0] != 1 || out[1] != 1 || out[2] != labels.size())
            throw new IllegalArgumentException("the last op must give [1, 1, " + labels.size() + "] logits");
    }

    /** Output shape [H, W, C] of every op, in order. */
    public List<int[]> shapes() {
        return shapesOf(input, ops);
    }

    /** Static so the compact constructor can use it before the fields are set. */
    private static List<int[]> shapesOf(int[] input, List<FloatOp> ops) {
        List<int[]> s = new ArrayList<>(ops.size());
        for (FloatOp op : ops) {
            int src = op.inputs()[0];
            s.add(op.outputShape(src < 0 ? input : s.get(src)));
        }
        return s;
    }

    /** Number of weights and biases. */
    public long parameters() {
        long n = 0;
        for (FloatOp op : ops) n += (op.weights() == null ? 0 : op.weights().length) + (op.bias() == null ? 0 : op.bias().length);
        return n;
    }
}
