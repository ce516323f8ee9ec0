package dev.dartboard.export.blob;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FrontEndArithmetic;

import java.nio.ByteBuffer;

/**
 * The front-end section of a model blob, one per {@link FrontEndArithmetic}: float tables ({@link FrontendSection},
 * blobs v2 and v3) or the Q15 front end's integer tables ({@link FixedPointSection}, blob v4). Both lie at the
 * header's frontend_offset, 4-byte aligned, with the mel weight count in the header.
 */
public sealed interface BlobFrontEnd permits FrontendSection, FixedPointSection {
    /** The tables of {@code c}'s arithmetic. */
    static BlobFrontEnd of(DataConfig c) {
        return c.arithmetic() == FrontEndArithmetic.Q15 ? FixedPointSection.of(c) : FrontendSection.of(c);
    }

    DataConfig config();

    /** Bytes the section occupies (a multiple of 4). */
    int bytes();

    /** Non-zero mel filterbank weights: the header's mel_weight_count. */
    int melWeightCount();

    /** Writes the section at {@code b}'s position (which must be 4-byte aligned). */
    void write(ByteBuffer b);
}
