package dev.dartboard.nas;

import org.nd4j.autodiff.samediff.SDVariable;

/** Builds one candidate op of a mixed layer: [B, H, W, C] → [B, H, W, C] (stride 1). */
@FunctionalInterface
interface OpBuilder {
    SDVariable build(LayerInput in);
}
