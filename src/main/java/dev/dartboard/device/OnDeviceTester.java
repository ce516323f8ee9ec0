package dev.dartboard.device;

import dev.dartboard.quant.Int8Interpreter;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * Streams int8 inputs to the board's boot model (INFER) and compares each RESULT with
 * {@link Int8Interpreter} on the same bytes: top-1 agreement, identical logits, accuracy where the
 * true label is known, cycles per inference. Uses the client from one thread.
 */
public final class OnDeviceTester {
    /** One input: int8 features as the model takes them; {@code label} −1 when unknown. */
    public record Sample(byte[] input, int label) { }

    /** One PCM clip (the model's rate and clip length); {@code label} −1 when unknown. */
    public record Clip(short[] pcm, int label) { }

    /**
     * @param agreeTop1      board's argmax = reference argmax
     * @param sameLogits     board's logits byte-identical to the reference's
     * @param labelled       samples with a known label
     * @param correctBoard   labelled samples the board got right (its accuracy = correctBoard / labelled)
     * @param correctReference the same for Int8Interpreter
     * @param meanCycles     mean CPU cycles per inference the board reported (0 on the simulator)
     * @param msPerInference mean round trip per INFER, milliseconds (includes the serial link)
     * @param meanFrontEndCycles PCM only: mean cycles of the board's front end per clip (0 otherwise)
     */
    public record Report(int samples, int agreeTop1, int sameLogits, int labelled, int correctBoard,
                         int correctReference, double meanCycles, double msPerInference, double meanFrontEndCycles) { }

    /**
     * One input's outcome, in order: {@code label} −1 when unknown, {@code board} and {@code reference} the argmax of
     * each, {@code ms} this INFER's round trip (serial link included), {@code cycles} what the board reported (front end and model).
     */
    public record Outcome(int index, int label, int board, int reference, boolean sameScores, long cycles, double ms) { }

    private final BoardClient client;
    private final Int8Interpreter reference;

    public OnDeviceTester(BoardClient client, Int8Interpreter reference) {
        this.client = client;
        this.reference = reference;
    }

    /**
     * PCM clips through the board's front end and model (INFER chunked), compared with {@code host}
     * (the Java front end + Int8Interpreter on the same samples); {@code progress} gets the clips done.
     */
    public Report runPcm(List<Clip> clips, HostPipeline host, IntConsumer progress) {
        return runPcm(clips, host, (Outcome o) -> progress.accept(o.index() + 1));
    }

    /** As {@link #runPcm(List, HostPipeline, IntConsumer)}; {@code outcomes} gets each clip's outcome as it is done. */
    public Report runPcm(List<Clip> clips, HostPipeline host, java.util.function.Consumer<Outcome> outcomes) {
        int agree = 0, same = 0, labelled = 0, okBoard = 0, okRef = 0;
        long cycles = 0, feCycles = 0, t0 = System.nanoTime();
        for (int i = 0; i < clips.size(); i++) {
            Clip c = clips.get(i);
            long t = System.nanoTime();
            InferResult r = client.inferPcm(c.pcm());
            double ms = (System.nanoTime() - t) / 1e6;
            byte[] want = host.scores(c.pcm());
            int board = Int8Interpreter.argmax(r.scores()), ref = Int8Interpreter.argmax(want);
            agree += board == ref ? 1 : 0;
            same += java.util.Arrays.equals(want, r.scores()) ? 1 : 0;
            if (c.label() >= 0) { labelled++; okBoard += board == c.label() ? 1 : 0; okRef += ref == c.label() ? 1 : 0; }
            cycles += r.cycles();
            feCycles += r.feCycles();
            outcomes.accept(new Outcome(i, c.label(), board, ref, java.util.Arrays.equals(want, r.scores()), r.cycles() + r.feCycles(), ms));
        }
        int n = Math.max(1, clips.size());
        return new Report(clips.size(), agree, same, labelled, okBoard, okRef, (double) cycles / n, (System.nanoTime() - t0) / 1e6 / n, (double) feCycles / n);
    }

    /** {@code progress} gets the number of samples done. */
    public Report run(List<Sample> samples, IntConsumer progress) {
        int agree = 0, same = 0, labelled = 0, okBoard = 0, okRef = 0;
        long cycles = 0, t0 = System.nanoTime();
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            InferResult r = client.infer(s.input());
            byte[] want = reference.logits(s.input());
            int board = Int8Interpreter.argmax(r.scores()), ref = Int8Interpreter.argmax(want);
            if (board == ref) agree++;
            if (java.util.Arrays.equals(want, r.scores())) same++;
            if (s.label() >= 0) { labelled++; okBoard += board == s.label() ? 1 : 0; okRef += ref == s.label() ? 1 : 0; }
            cycles += r.cycles();
            progress.accept(i + 1);
        }
        int n = Math.max(1, samples.size());
        return new Report(samples.size(), agree, same, labelled, okBoard, okRef, (double) cycles / n, (System.nanoTime() - t0) / 1e6 / n, 0);
    }
}
