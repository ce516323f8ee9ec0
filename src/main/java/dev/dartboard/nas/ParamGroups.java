package dev.dartboard.nas;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a supernet's trainable variables into the architecture group (γ and every α) and the
 * weight group (everything else), by the names {@link Supernet} gives them.
 */
public final class ParamGroups {
    private ParamGroups() {}

    /** {@code gamma} and {@code L<l>/alpha}, in graph order. */
    public static List<String> architecture(SameDiff sd) { return select(sd, true); }

    /** All other trainable variables, in graph order. */
    public static List<String> weights(SameDiff sd) { return select(sd, false); }

    static boolean isArchitecture(String name) {
        return name.equals(Supernet.GAMMA) || name.endsWith("/alpha");
    }

    private static List<String> select(SameDiff sd, boolean arch) {
        List<String> names = new ArrayList<>();
        for (SDVariable v : sd.variables())
            if (v.getVariableType() == VariableType.VARIABLE && isArchitecture(v.name()) == arch) names.add(v.name());
        return names;
    }
}
