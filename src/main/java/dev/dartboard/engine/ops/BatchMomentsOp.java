package dev.dartboard.engine.ops;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

/**
 * A batch's mean and biased variance per channel in one libnd4j {@code moments} op (iArgs: the
 * axes reduced), whose gradient is zero by construction: {@link BatchNormOp}'s backward already
 * carries the gradient through the statistics. (The stock mean and variance ops would each add a
 * full-size backward op computing zeros.) The zero gradient is a [1, 1, 1, 1] constant that SameDiff
 * broadcasts into the sum of x's gradients: x is NHWC, rank 4.
 */
public final class BatchMomentsOp extends NativeAlias {
    /** The alias under which SameDiff's clone finds this class again. */
    public static final String NAME = "dartboard_batch_moments";

    static {
        register(NAME, BatchMomentsOp.class);
    }

    /** For SameDiff's clone only. */
    public BatchMomentsOp() {}

    BatchMomentsOp(SameDiff sd, String name, SDVariable x, int... axes) {
        super(name, sd, new SDVariable[]{x});
        addIArgument(axes);
    }

    @Override public String opName() { return NAME; }
    @Override String nativeName() { return "moments"; }
    @Override public int getNumOutputs() { return 2; }

    @Override
    public List<SDVariable> doDiff(List<SDVariable> grads) {
        return List.of(sameDiff.constant(Nd4j.zeros(arg().dataType(), 1, 1, 1, 1)));
    }
}
