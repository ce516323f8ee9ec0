package dev.dartboard.engine.ops;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

import java.util.Arrays;
import java.util.List;

/**
 * libnd4j's {@code batchnorm} (inputs x, mean, var, gamma, beta; iArgs applyScale=1, applyOffset=1,
 * axis; tArg ε), differentiated into one {@code batchnorm_bp} ({@link NativeBackward.BatchNormBp}). SameDiff's own
 * {@code BatchNorm} cannot be differentiated in 1.0.0-M2.1: it loses its axis in the clone
 * (see {@link NativeAlias}) and throws.
 */
public final class BatchNormOp extends NativeAlias {
    /** The alias under which SameDiff's clone finds this class again. */
    public static final String NAME = "dartboard_batchnorm";

    static {
        register(NAME, BatchNormOp.class);
    }

    /** For SameDiff's clone only. */
    public BatchNormOp() {}

    BatchNormOp(SameDiff sd, String name, SDVariable x, SDVariable mean, SDVariable var,
                SDVariable gamma, SDVariable beta, double eps, int axis) {
        super(name, sd, new SDVariable[]{x, mean, var, gamma, beta});
        addIArgument(1, 1, axis);
        addTArgument(eps);
    }

    @Override public String opName() { return NAME; }
    @Override String nativeName() { return "batchnorm"; }
    @Override public int getNumOutputs() { return 1; }

    /**
     * Gradients for x, mean, var, gamma, beta. {@code batchnorm_bp} returns the full training-mode
     * gradient for x (through the batch statistics) and zeros for mean and var, so the
     * statistics' own op ({@link BatchMomentsOp}) must not add another gradient.
     */
    @Override
    public List<SDVariable> doDiff(List<SDVariable> grads) {
        SDVariable[] a = args();
        long[] iArgs = iArguments.stream().mapToLong(Long::longValue).toArray();
        SDVariable[] in = {a[0], a[1], a[2], a[3], a[4], grads.get(0)};
        return Arrays.asList(new NativeBackward.BatchNormBp(sameDiff, in, iArgs, tArguments.get(0)).outputVariables());
    }
}
