package dev.dartboard.model;

/** A {@link BlockBuilder} that also builds the classifier head, so {@link Lowering#network} can emit a whole genotype. */
public interface NetworkBuilder extends BlockBuilder {
    /** Global average pool over H and W: [H, W, C] → [C]. */
    int mean(int in);

    /** Linear layer with bias to {@code cout} outputs, no activation. */
    int fc(int in, int cout);
}
