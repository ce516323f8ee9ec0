package dev.dartboard.engine.ops;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ops.DynamicCustomOp;

import java.util.Collections;
import java.util.List;

/**
 * A stock libnd4j backward op placed in a gradient graph by a {@link NativeAlias}'s {@code doDiff};
 * every output has the first input's type. It runs under its native name, so a later clone of the
 * gradient graph would re-create it as ND4J's own class for that name. (The name is a method of a
 * subclass, not a field: DynamicCustomOp's constructor already asks for it.)
 */
abstract class NativeBackward extends DynamicCustomOp {
    NativeBackward(SameDiff sd, SDVariable[] in, long[] iArgs, double... tArgs) {
        super(null, sd, in);
        addIArgument(iArgs);
        addTArgument(tArgs);
    }

    @Override
    public List<DataType> calculateOutputDataTypes(List<DataType> in) { return Collections.nCopies(getNumOutputs(), in.get(0)); }

    @Override
    public List<SDVariable> doDiff(List<SDVariable> grads) {
        throw new UnsupportedOperationException("second derivative of " + opName());
    }

    /** {@code batchnorm_bp}: dL/dx, dL/dmean (0), dL/dvar (0), dL/dgamma, dL/dbeta. */
    static final class BatchNormBp extends NativeBackward {
        BatchNormBp(SameDiff sd, SDVariable[] in, long[] iArgs, double eps) { super(sd, in, iArgs, eps); }
        @Override public String opName() { return "batchnorm_bp"; }
        @Override public int getNumOutputs() { return 5; }
    }

    /** {@code relu_bp}: dL/dx = dL/dy where x > 0, else 0. */
    static final class ReluBp extends NativeBackward {
        ReluBp(SameDiff sd, SDVariable x, SDVariable grad) { super(sd, new SDVariable[]{x, grad}, new long[0], 0.0); }
        @Override public String opName() { return "relu_bp"; }
        @Override public int getNumOutputs() { return 1; }
    }

    /**
     * A forward {@code depthwise_conv2d} inside a gradient graph (iArgs as libnd4j's; kH, kW ≤ 0
     * take the kernel's own size, which may depend on the batch).
     */
    static final class Depthwise extends NativeBackward {
        Depthwise(SameDiff sd, SDVariable x, SDVariable kernel, long[] iArgs) { super(sd, new SDVariable[]{x, kernel}, iArgs); }
        @Override public String opName() { return "depthwise_conv2d"; }
        @Override public int getNumOutputs() { return 1; }
    }
}
