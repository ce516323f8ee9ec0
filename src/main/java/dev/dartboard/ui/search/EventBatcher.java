package dev.dartboard.ui.search;

import dev.dartboard.nas.search.SearchEvent;
import dev.dartboard.nas.search.SearchListener;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Coalesces search events for the UI: keeps the latest event and every step's curve point, and hands
 * them to {@code sink} on {@code callbacks} (the FX thread) at most once per period, so a fast search
 * never floods the FX thread. {@link #onStep} runs on the search thread; call {@link #flush()} there
 * once the search ends so the last steps arrive.
 */
public final class EventBatcher implements SearchListener {
    /** What one pulse delivers: the newest event and the curve points since the previous pulse. */
    public record Batch(SearchEvent latest, List<CurvePoint> points) { }

    private final Executor callbacks;
    private final Consumer<Batch> sink;
    private final LongSupplier nanos;
    private final long periodNanos;
    private final List<CurvePoint> points = new ArrayList<>();
    private SearchEvent latest;
    private long lastPost = Long.MIN_VALUE;

    public EventBatcher(Executor callbacks, Consumer<Batch> sink, LongSupplier nanos, long periodMs) {
        this.callbacks = callbacks;
        this.sink = sink;
        this.nanos = nanos;
        this.periodNanos = periodMs * 1_000_000;
    }

    @Override
    public synchronized void onStep(SearchEvent e) {
        latest = e;
        points.add(new CurvePoint(e.step(), e.trainLoss(), e.valLoss(), e.valAccuracy()));
        long now = nanos.getAsLong();
        if (lastPost == Long.MIN_VALUE || now - lastPost >= periodNanos) {
            lastPost = now;
            flush();
        }
    }

    /** Posts what is pending, if anything. */
    public synchronized void flush() {
        if (latest == null) return;
        Batch b = new Batch(latest, List.copyOf(points));
        latest = null;
        points.clear();
        callbacks.execute(() -> sink.accept(b));
    }
}
