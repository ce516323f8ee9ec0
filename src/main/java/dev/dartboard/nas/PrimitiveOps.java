package dev.dartboard.nas;

import dev.dartboard.model.Primitive;
import dev.dartboard.nas.ops.ReluOp;
import org.nd4j.autodiff.samediff.SDVariable;

import java.util.EnumMap;
import java.util.Map;

/**
 * The builder of each {@link Primitive} (darts {@code OPS}). ZERO has no builder: the mixer
 * leaves it out of the sum (its α still takes softmax mass).
 */
final class PrimitiveOps {
    private PrimitiveOps() {}

    /** Builders of all primitives but ZERO (stride 1, width kept). */
    static Map<Primitive, OpBuilder> standard() {
        Map<Primitive, OpBuilder> m = new EnumMap<>(Primitive.class);
        m.put(Primitive.DW_SEP_3X3, in -> dwSep(in, "sep3", 3));
        m.put(Primitive.DW_SEP_5X5, in -> dwSep(in, "sep5", 5));
        m.put(Primitive.CONV_3X3, PrimitiveOps::conv3);
        m.put(Primitive.INV_RES_3X3, PrimitiveOps::invRes);
        m.put(Primitive.MAX_POOL_3X3, in -> Blocks.pool3(in.sd(), in.prefix() + "/maxpool3", in.x(), true));
        m.put(Primitive.AVG_POOL_3X3, in -> Blocks.pool3(in.sd(), in.prefix() + "/avgpool3", in.x(), false));
        m.put(Primitive.SKIP, LayerInput::x);
        return m;
    }

    /** relu → depthwise k×k → 1x1 → BN, variables {@code <prefix>/<op>/dw|pw/w}. */
    static SDVariable dwSep(LayerInput in, String op, int k) {
        SDVariable kernel = in.sd().var(in.name(op, "dw/w"), in.init().he((long) k * k, k, k, in.channels(), 1));
        return separableTail(in, op, kernel, k);
    }

    /** Depthwise with a given kernel [k, k, C, 1] on relu(x), then 1x1 and BN. */
    static SDVariable separableTail(LayerInput in, String op, SDVariable kernel, int k) {
        SDVariable dw = Blocks.depthwise(in.sd(), in.name(op, "dw/out"), in.relu(), kernel, k, in.width(), in.channels());
        SDVariable pw = Blocks.pointwise(in.sd(), in.name(op, "pw"), dw, in.init(), in.channels(), in.channels());
        return Blocks.bn(in.sd(), in.name(op, "bn"), pw, in.channels());
    }

    private static SDVariable conv3(LayerInput in) {
        SDVariable c = Blocks.convSame(in.sd(), in.prefix() + "/conv3", in.relu(), in.init(), in.channels(), in.channels(), 3);
        return Blocks.bn(in.sd(), in.name("conv3", "bn"), c, in.channels());
    }

    /** 1x1 expand ×4 → ReLU → dw 3x3 → ReLU → 1x1 project → BN (no residual add inside a mixed op). */
    private static SDVariable invRes(LayerInput in) {
        int hidden = in.channels() * Primitive.INV_RES_3X3.expansion();
        SDVariable e = Blocks.pointwise(in.sd(), in.name("invres3", "expand"), in.x(), in.init(), in.channels(), hidden);
        SDVariable r1 = ReluOp.apply(in.sd(), in.name("invres3", "relu1"), Blocks.bn(in.sd(), in.name("invres3", "bn1"), e, hidden));
        SDVariable kernel = in.sd().var(in.name("invres3", "dw/w"), in.init().he(9, 3, 3, hidden, 1));
        SDVariable d = Blocks.depthwise(in.sd(), in.name("invres3", "dw/out"), r1, kernel, 3, in.width(), hidden);
        SDVariable r2 = ReluOp.apply(in.sd(), in.name("invres3", "relu2"), Blocks.bn(in.sd(), in.name("invres3", "bn2"), d, hidden));
        SDVariable p = Blocks.pointwise(in.sd(), in.name("invres3", "project"), r2, in.init(), hidden, in.channels());
        return Blocks.bn(in.sd(), in.name("invres3", "bn3"), p, in.channels());
    }
}
