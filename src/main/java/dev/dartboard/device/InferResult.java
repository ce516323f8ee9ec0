package dev.dartboard.device;

/**
 * RESULT payload: the model that ran, CPU cycles the model took (0 = not measured), int8 scores per
 * class, and for a chunked INFER the cycles the board's front end spent on the PCM ({@code feCycles},
 * 0 for features or when not measured).
 */
public record InferResult(long modelId, long cycles, byte[] scores, long feCycles) {
    static InferResult parse(Frame f) {
        var b = f.body();
        long id = b.getInt() & 0xFFFFFFFFL, cycles = b.getInt() & 0xFFFFFFFFL;
        byte[] scores = new byte[b.get() & 0xFF];
        b.get(scores);
        return new InferResult(id, cycles, scores, b.remaining() >= 4 ? b.getInt() & 0xFFFFFFFFL : 0);
    }
}
