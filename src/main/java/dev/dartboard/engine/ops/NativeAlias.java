package dev.dartboard.engine.ops;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.imports.converters.DifferentialFunctionClassHolder;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ops.CustomOpDescriptor;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

import java.lang.reflect.Field;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A libnd4j op under a Dartboard name, so that it can carry its own {@code doDiff}: SameDiff
 * 1.0.0-M2.1 differentiates a clone of the graph made by a FlatBuffers round trip that re-creates
 * every op from its name, which would turn a subclass of a stock op back into the stock op.
 *
 * <p>How the alias survives the clone: the clone stores opNum 0 for a name libnd4j does not know
 * and then asks the registry for the class of (0, name); {@link #register} puts the alias there
 * (the per-hash name map it consults first is a private field, hence the reflection; checked by
 * TrainingBatchNormTest). Hash, descriptor and shape function are the native op's; all arguments live
 * in iArgs/tArgs, which the clone keeps. Not for graphs that are saved: only this JVM's registry
 * knows the names.
 */
abstract class NativeAlias extends DynamicCustomOp {
    NativeAlias() {}

    NativeAlias(String name, SameDiff sd, SDVariable[] args) {
        super(name, sd, args);
    }

    /** The libnd4j op that runs. */
    abstract String nativeName();

    @Override public long opHash() { return getDescriptor().getHash(); }

    /** Every output has the first input's type. */
    @Override
    public List<DataType> calculateOutputDataTypes(List<DataType> in) { return Collections.nCopies(getNumOutputs(), in.get(0)); }
    @Override public Map<String, Object> propertiesForFunction() { return Map.of(); }
    @Override public void setPropertiesForFunction(Map<String, Object> properties) { }
    @Override public void configureFromArguments() { }

    @Override
    public CustomOpDescriptor getDescriptor() {
        CustomOpDescriptor d = Nd4j.getExecutioner().getCustomOperations().get(nativeName());
        if (d == null) throw new IllegalStateException("libnd4j has no '" + nativeName() + "' op");
        return d;
    }

    /** Maps an alias name to its class for SameDiff's clone; call from the class's static initializer. */
    static void register(String name, Class<? extends NativeAlias> type) {
        try {
            Field f = DifferentialFunctionClassHolder.class.getDeclaredField("customOpHashToClasses");
            f.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<Long, Map<String, Class<?>>> byHash =
                    (Map<Long, Map<String, Class<?>>>) f.get(DifferentialFunctionClassHolder.getInstance());
            synchronized (byHash) {
                Map<String, Class<?>> byName = new HashMap<>(byHash.getOrDefault(0L, Map.of()));
                byName.put(name, type);
                byHash.put(0L, byName);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot register op " + name + " with SameDiff's op registry "
                    + "(written for nd4j 1.0.0-M2.1): " + e, e);
        }
    }
}
