package dev.dartboard.engine.ops;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

import java.util.List;

/**
 * ReLU (libnd4j {@code relu}, threshold 0) differentiated by libnd4j's {@code relu_bp}. SameDiff's
 * own relu differentiates into {@code thresholdedrelu_bp}, which took 2.5 ms at [64, 25, 5, 32] on
 * one thread against 0.6 ms for {@code relu_bp} (same values; bench/darts-bench.sh PROFILE=1).
 */
public final class ReluOp extends NativeAlias {
    /** The alias under which SameDiff's clone finds this class again. */
    public static final String NAME = "dartboard_relu";

    static {
        register(NAME, ReluOp.class);
    }

    /** For SameDiff's clone only. */
    public ReluOp() {}

    private ReluOp(SameDiff sd, String name, SDVariable x) {
        super(name, sd, new SDVariable[]{x});
        addTArgument(0.0);
    }

    /** max(x, 0), named {@code name}. */
    public static SDVariable apply(SameDiff sd, String name, SDVariable x) {
        return new ReluOp(sd, name, x).outputVariables(name)[0];
    }

    @Override public String opName() { return NAME; }
    @Override String nativeName() { return "relu"; }
    @Override public int getNumOutputs() { return 1; }

    @Override
    public List<SDVariable> doDiff(List<SDVariable> grads) {
        return List.of(new NativeBackward.ReluBp(sameDiff, arg(), grads.get(0)).outputVariable());
    }
}
