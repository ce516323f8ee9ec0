package dev.dartboard.train;

import dev.dartboard.model.FloatOp.Activation;
import dev.dartboard.model.FloatOp.Kind;
import dev.dartboard.model.NetworkBuilder;
import dev.dartboard.engine.ops.DepthwiseOp;
import dev.dartboard.engine.ops.ReluOp;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a discrete network op by op in TFLite's vocabulary, NHWC [B, H, W, C], as
 * {@link dev.dartboard.model.Lowering} drives it, while recording each op as a {@link Unit}; so the SameDiff graph and the exported {@code FloatModel} have one structure.
 * Order inside a unit: op → BN (if any) → fused activation. Padding is SAME everywhere (TFLite and
 * ND4J put the odd padding cell at the end). Variables of unit i are named {@code u<i>/...}.
 * Not thread-safe; one instance per graph.
 */
final class NetGraph implements NetworkBuilder {
    static final String INPUT = "input";
    private final SameDiff sd = SameDiff.create();
    private final Init init;
    private final BatchNorm bn;
    private final List<Unit> units = new ArrayList<>();
    private final List<SDVariable> outs = new ArrayList<>();
    private final List<int[]> shapes = new ArrayList<>();
    private final List<String> params = new ArrayList<>();
    private final int[] inputShape;
    private final SDVariable input;

    /** @param inputShape [frames, features, 1] */
    NetGraph(int[] inputShape, NetMode mode, long seed) {
        this.inputShape = inputShape.clone();
        this.init = new Init(seed);
        this.bn = new BatchNorm(sd, mode);
        this.input = sd.placeHolder(INPUT, DataType.FLOAT, -1, inputShape[0], inputShape[1], inputShape[2]);
    }

    SameDiff sd() { return sd; }

    List<Unit> units() { return List.copyOf(units); }

    /** Trainable variables (weights, BN scale/shift, FC bias), in creation order. */
    List<String> params() { return List.copyOf(params); }

    BatchNorm batchNorm() { return bn; }

    /** Output shape [H, W, C] of unit {@code i} (−1 = the input). */
    int[] shape(int i) { return (i < 0 ? inputShape : shapes.get(i)).clone(); }

    SDVariable out(int i) { return i < 0 ? input : outs.get(i); }

    @Override
    public int channels(int i) { return shape(i)[2]; }

    /** Full conv kh×kw, stride (sh, sw), no bias → BN → act. */
    @Override
    public int conv(int in, int cout, int kh, int kw, int sh, int sw, Activation act) {
        int cin = shape(in)[2];
        String w = var("w", init.he((long) kh * kw * cin, kh, kw, cin, cout));
        SDVariable y = sd.cnn().conv2d(name("conv"), out(in), sd.getVariable(w), Convs.conv(kh, kw, sh, sw));
        return finish(new Unit(Kind.CONV_2D, new int[]{in}, cin, cout, kh, kw, sh, sw, act, w, name("bn"), null), y, true);
    }

    /** Depthwise k×k, stride s, no bias; {@code withBn} adds BN (else the unit's bias is zero). */
    @Override
    public int depthwise(int in, int k, int s, boolean withBn, Activation act) {
        int c = shape(in)[2];
        String w = var("w", init.he((long) k * k, k, k, c, 1));
        SDVariable y = s == 1 && k % 2 == 1
                ? DepthwiseOp.same(sd, name("dw"), out(in), sd.getVariable(w), k, shape(in)[1], c)
                : sd.cnn().depthWiseConv2d(name("dw"), out(in), sd.getVariable(w), Convs.conv(k, k, s, s));
        String bnName = withBn ? name("bn") : null;
        return finish(new Unit(Kind.DEPTHWISE_CONV_2D, new int[]{in}, c, c, k, k, s, s, act, w, bnName, null), y, withBn);
    }

    /** k×k pooling, stride s, SAME (max: padding never wins; average: padding not counted). */
    @Override
    public int pool(int in, boolean max, int k, int s) {
        int c = shape(in)[2];
        SDVariable y = max ? sd.cnn().maxPooling2d(name("maxpool"), out(in), Convs.pool(k, s))
                : sd.cnn().avgPooling2d(name("avgpool"), out(in), Convs.pool(k, s));
        Kind kind = max ? Kind.MAX_POOL_2D : Kind.AVERAGE_POOL_2D;
        return finish(new Unit(kind, new int[]{in}, c, c, k, k, s, s, Activation.NONE, null, null, null), y, false);
    }

    /** Element-wise a + b (residual), no activation. */
    @Override
    public int add(int a, int b) {
        int c = shape(a)[2];
        SDVariable y = out(a).add(name("add"), out(b));
        return finish(new Unit(Kind.ADD, new int[]{a, b}, c, c, 1, 1, 1, 1, Activation.NONE, null, null, null), y, false);
    }

    /** Global average pool over H and W: [B, H, W, C] → [B, C]. */
    @Override
    public int mean(int in) {
        int c = shape(in)[2];
        SDVariable y = sd.mean(name("mean"), out(in), 1, 2);
        return finish(new Unit(Kind.MEAN, new int[]{in}, c, c, 1, 1, 1, 1, Activation.NONE, null, null, null), y, false);
    }

    /** Linear head on [B, C]: x·W + b (not {@code linear}: non-deterministic on oneDNN, docs/stack-notes.md#samediff). */
    @Override
    public int fc(int in, int cout) {
        int cin = shape(in)[2];
        String w = var("w", init.normal(1.0 / Math.sqrt(cin), cin, cout));
        String b = var("b", Init.constant(0f, cout));
        SDVariable y = sd.mmul(name("mmul"), out(in), sd.getVariable(w)).add(name("fc"), sd.getVariable(b));
        return finish(new Unit(Kind.FULLY_CONNECTED, new int[]{in}, cin, cout, 1, 1, 1, 1, Activation.NONE, w, null, b), y, false);
    }

    private int finish(Unit u, SDVariable y, boolean withBn) {
        if (withBn) {
            y = bn.apply(u.bn(), y, u.cout());
            params.add(u.bn() + "/gamma");
            params.add(u.bn() + "/beta");
        }
        if (u.activation() == Activation.RELU) y = ReluOp.apply(sd, name("relu"), y);
        units.add(u);
        outs.add(y);
        shapes.add(shapeOf(u));
        return units.size() - 1;
    }

    private int[] shapeOf(Unit u) {
        int[] in = shape(u.inputs()[0]);
        if (u.kind() == Kind.MEAN || u.kind() == Kind.FULLY_CONNECTED) return new int[]{1, 1, u.cout()};
        return new int[]{(in[0] + u.sh() - 1) / u.sh(), (in[1] + u.sw() - 1) / u.sw(), u.cout()};
    }

    private String var(String part, org.nd4j.linalg.api.ndarray.INDArray value) {
        String n = name(part);
        sd.var(n, value);
        params.add(n);
        return n;
    }

    /** {@code u<next unit index>/<part>}. */
    private String name(String part) { return "u" + units.size() + "/" + part; }
}
