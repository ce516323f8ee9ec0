package dev.dartboard.device;

/** Frame type codes, identical to {@code firmware/core/dp_proto.h}. Requests have the high bit clear. */
public final class FrameType {
    public static final int HELLO = 0x01;
    public static final int BEGIN = 0x02;
    public static final int DATA = 0x03;
    public static final int END = 0x04;
    public static final int COMMIT = 0x05;
    public static final int ABORT = 0x06;
    public static final int INFER = 0x07;
    /** Chunked INFER: kind u8 (0 int8 features, 1 int16 LE PCM), total bytes u32. */
    public static final int INFER_BEGIN = 0x08;
    /** offset u32, bytes (at most {@code FrameCodec.MAX_PAYLOAD - 4}); ACK value = next expected offset. */
    public static final int INFER_DATA = 0x09;
    /** Runs the gathered input; answered by RESULT (with the front end's cycles after the scores). */
    public static final int INFER_RUN = 0x0A;
    /** The keyword detection rule: average u8, threshold i8, every_frames u16, refractory_ms u32 ({@link DetectionRule.Config}). */
    public static final int LISTEN = 0x0B;
    public static final int INFO = 0x81;
    public static final int RESULT = 0x87;
    public static final int LOG = 0x88;
    /** Unsolicited keyword detection: model_id u32, label u8, score i8, time_ms u32. */
    public static final int DETECT = 0x89;
    public static final int ACK = 0x90;
    public static final int NAK = 0x91;

    private FrameType() { }

    public static String name(int type) {
        return switch (type) {
            case HELLO -> "HELLO"; case BEGIN -> "BEGIN"; case DATA -> "DATA"; case END -> "END";
            case COMMIT -> "COMMIT"; case ABORT -> "ABORT"; case INFER -> "INFER"; case INFO -> "INFO";
            case INFER_BEGIN -> "INFER_BEGIN"; case INFER_DATA -> "INFER_DATA"; case INFER_RUN -> "INFER_RUN"; case LISTEN -> "LISTEN";
            case RESULT -> "RESULT"; case LOG -> "LOG"; case DETECT -> "DETECT"; case ACK -> "ACK"; case NAK -> "NAK";
            default -> String.format("0x%02X", type);
        };
    }
}
