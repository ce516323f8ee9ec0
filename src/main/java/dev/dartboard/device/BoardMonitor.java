package dev.dartboard.device;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Turns the board's unsolicited frames into events: LOG (level, text) and DETECT (model id, label,
 * score, board time). Labels are named from the model's label list when the caller has it, else from
 * the name the board sends after the DETECT fields.
 * {@link #run} reads on the calling thread until {@code stop} says so.
 */
public final class BoardMonitor {
    /** One event; {@code kind} "log" or "detection". Fields not used by a kind are null. */
    public record BoardEvent(String kind, long receivedMs, Integer level, String text, Long modelId,
                             Integer label, String labelName, Integer score, Long boardMs) { }

    private static final List<String> LEVELS = List.of("debug", "info", "warn", "error");
    private final List<String> labels;

    /** {@code labels}: the model's class names, or an empty list. */
    public BoardMonitor(List<String> labels) {
        this.labels = List.copyOf(labels);
    }

    /** The event of a LOG or DETECT frame; null for any other frame. */
    public BoardEvent event(Frame f) {
        var b = f.body();
        long now = System.currentTimeMillis();
        if (f.type() == FrameType.LOG) {
            int level = b.get() & 0xFF;
            String text = new String(f.payload(), 1, f.payload().length - 1, StandardCharsets.UTF_8);
            return new BoardEvent("log", now, level, (level < LEVELS.size() ? LEVELS.get(level) + ": " : "") + text, null, null, null, null, null);
        }
        if (f.type() != FrameType.DETECT || f.payload().length < 10) return null;
        long id = b.getInt() & 0xFFFFFFFFL;
        int label = b.get() & 0xFF, score = b.get();
        long at = b.getInt() & 0xFFFFFFFFL;
        String name = label < labels.size() ? labels.get(label) : null;
        if (name == null && b.remaining() >= 1 && b.remaining() >= 1 + (b.get(b.position()) & 0xFF)) { // the board's own name
            byte[] u = new byte[b.get() & 0xFF];
            b.get(u);
            name = new String(u, StandardCharsets.UTF_8);
        }
        return new BoardEvent("detection", now, null, null, id, label, name, score, at);
    }

    /** A channel on {@code link} that hands every LOG/DETECT event to {@code sink} (on the reading thread). */
    public FrameChannel channel(SerialLink link, int firstSeq, Consumer<BoardEvent> sink) {
        return new FrameChannel(link, firstSeq, f -> {
            BoardEvent e = event(f);
            if (e != null) sink.accept(e);
        });
    }

    /** Sends a HELLO without waiting for INFO (a board simulator's --mic starts playing at the first HELLO). */
    public static void greet(FrameChannel channel) {
        channel.send(FrameType.HELLO, new byte[0]);
    }

    /** Reads {@code channel} on the calling thread until {@code stop} is true (checked every 100 ms). */
    public static void run(FrameChannel channel, BooleanSupplier stop) {
        while (!stop.getAsBoolean()) channel.receive(100); // no answers expected: events reach the sink
    }
}
