package dev.dartboard.export.blob;

import dev.dartboard.model.FeatureType;

/**
 * The Dartboard model blob, versions 1 to 4: a {@code QuantModel} that the firmware core
 * ({@code firmware/core/dp_model.c}) runs without recompiling. All fields little-endian; every
 * section and array starts 4-byte aligned; offsets are bytes from the blob's first byte.
 * The full table is in {@code firmware/README.md}; the C side mirrors these constants.
 *
 * <pre>
 * header (80 B): magic "DBKW" | version u16 | header_bytes u16 | blob_bytes u32 | op_count u16 |
 *   label_count u16 | in_h, in_w, in_c, 0 u16 | in_scale f32 | in_zp i32 | arena_bytes u32 |
 *   ops_offset u32 | labels_offset u32 | feature u8 (0 none, 1 MFCC, 2 log-mel), arithmetic u8 (v4: 1), 0 u8[2] |
 *   sample_rate u32 | mel_bins u16 | coeffs u16 | window_ms f64 | hop_ms f64 | clip_ms f64
 * v2 header (96 B) adds: frontend_offset u32 | clip_samples u32 | window_samples u16 | hop_samples u16 |
 *   fft_size u16 | mel_weight_count u16; the {@link FrontendSection} lies at frontend_offset, after the data
 * v3 header (100 B): the v2 fields (all 0 when there is no front end) then payload_crc32 u32 at
 *   {@link #PAYLOAD_CRC_OFFSET}: CRC-32 (IEEE, as java.util.zip.CRC32 and firmware/core/dp_crc32.c) of every
 *   byte of the blob except these four, i.e. bytes 0..95 then 100..blob_bytes
 * v4 header (100 B): as v3, with arithmetic u8 = 1 (Q15) at {@link #ARITHMETIC_OFFSET} (0 in v1..v3: float) and a
 *   {@link FixedPointSection} (integer tables) instead of the float {@link FrontendSection}; v4 always has a front end
 * labels: per label u8 length + UTF-8 bytes, then the model name the same way
 * op table: op_count records of {@link #OP_BYTES} bytes (layout in firmware/README.md)
 * data: per op weights int8[] (padded to 4), bias i32[], mult i32[], shift i32[], weight scales f32[]
 * </pre>
 * Writers make v3 for a model without a front end or with a float one (so firmware 1.0, which reads v1..v3, runs
 * them) and v4 for a Q15 front end only; a front end is present when the feature code is not 0 (the board can then
 * run PCM through it). Readers accept v1 (no front end) and v2 (front end) blobs too: those older blobs carry
 * no payload checksum, so damage inside their weights is not detected.
 */
public final class BlobFormat {
    /** "DBKW" read as a little-endian u32. */
    public static final int MAGIC = 0x574B4244;
    /** What writers make without a Q15 front end: a float front-end section when the feature code is not 0, and a payload checksum. */
    public static final int VERSION = 3;
    /** What writers make for a Q15 front end: v3's layout, arithmetic code 1, a {@link FixedPointSection}. The newest version. */
    public static final int VERSION_4 = 4;
    /** Older versions, still read: v1 has no front end, v2 has one; neither has a payload checksum. */
    public static final int VERSION_1 = 1;
    public static final int VERSION_2 = 2;
    /** v1 header bytes (also where v2's extra fields start). */
    public static final int HEADER_BYTES = 80;
    public static final int HEADER_BYTES_V2 = 96;
    public static final int HEADER_BYTES_V3 = 100;
    /** Where a v3/v4 header keeps the front end's arithmetic: 0 float, 1 Q15 (v4 only). */
    public static final int ARITHMETIC_OFFSET = 45;
    /** Where a v3/v4 header keeps the payload CRC-32. */
    public static final int PAYLOAD_CRC_OFFSET = 96;
    public static final int OP_BYTES = 104;
    /** Value of an input index that means the model input. */
    public static final int MODEL_INPUT = -1;

    private BlobFormat() {}

    /** Header feature code of a front end: 0 = no DataConfig in the blob. */
    public static int featureCode(FeatureType t) {
        return t == null ? 0 : t == FeatureType.MFCC ? 1 : 2;
    }

    public static FeatureType featureType(int code) {
        return switch (code) {
            case 0 -> null;
            case 1 -> FeatureType.MFCC;
            case 2 -> FeatureType.LOG_MEL;
            default -> throw new IllegalArgumentException("unknown feature code " + code);
        };
    }

    /**
     * CRC-32 of a v3 or v4 blob's bytes without its checksum field: what {@link #PAYLOAD_CRC_OFFSET} must hold.
     * The blob must be at least {@link #HEADER_BYTES_V3} bytes long.
     */
    public static long payloadCrc(byte[] blob) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(blob, 0, PAYLOAD_CRC_OFFSET);
        crc.update(blob, PAYLOAD_CRC_OFFSET + 4, blob.length - PAYLOAD_CRC_OFFSET - 4);
        return crc.getValue();
    }

    static int align4(int x) {
        return (x + 3) & ~3;
    }
}
