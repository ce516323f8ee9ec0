package dev.dartboard.device;

/** RESULT payload: the model that ran, CPU cycles it took (0 = not measured), int8 scores per class. */
public record InferResult(long modelId, long cycles, byte[] scores) {
    static InferResult parse(Frame f) {
        var b = f.body();
        long id = b.getInt() & 0xFFFFFFFFL, cycles = b.getInt() & 0xFFFFFFFFL;
        byte[] scores = new byte[b.get() & 0xFF];
        b.get(scores);
        return new InferResult(id, cycles, scores);
    }
}
