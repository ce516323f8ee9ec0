package dev.dartboard.flow;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.train.RunStore;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * Every flow over one data step (one feature cache) and one JSON mapper: what a CLI command or a studio page
 * holds. {@code pipeline --cache DIR} builds one of these, so every stage, the search included, uses DIR.
 * Immutable; the flows it hands out are new each call.
 */
public record Flows(DataStep data, ObjectMapper mapper, LongSupplier nanoTime) {

    /** @param cache the feature cache folder, null for the default one */
    public static Flows of(Path cache) {
        ObjectMapper mapper = new ObjectMapper();
        return new Flows(new DataStep(cache, mapper), mapper, System::nanoTime);
    }

    public SearchFlow search(PrintStream progress) { return new SearchFlow(data.preparer(), mapper, progress, nanoTime); }

    /** A search reading its clips through {@code wrap} (the studio's pause gate). */
    public SearchFlow search(PrintStream progress, java.util.function.UnaryOperator<dev.dartboard.data.ClipReader> wrap) {
        return new SearchFlow(data.preparer(wrap), mapper, progress, nanoTime);
    }

    public TrainFlow train() { return new TrainFlow(data.preparer(), data.allOtherWords(), new RunStore(mapper)); }

    public QuantizeFlow quantize() { return new QuantizeFlow(data.preparer(), mapper); }

    public ExportFlow export() { return new ExportFlow(quantize(), mapper, new BoardProfiles()); }

    public EvalFlow eval() { return new EvalFlow(quantize(), data); }
}
