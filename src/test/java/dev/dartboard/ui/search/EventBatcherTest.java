package dev.dartboard.ui.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Coalescing: one batch per period with the latest event and every curve point. */
class EventBatcherTest {
    @Test
    void eventsWithinOnePeriodArriveAsOneBatchWithAllTheirPoints() {
        AtomicLong now = new AtomicLong();
        List<EventBatcher.Batch> got = new ArrayList<>();
        List<Runnable> posted = new ArrayList<>();
        EventBatcher b = new EventBatcher(posted::add, got::add, now::get, 100);
        for (int s = 0; s < 25; s++) {           // 25 steps, 10 ms apart: posts at 0, 100, 200 ms
            now.set(s * 10_000_000L);
            b.onStep(SearchViewModelTest.event(s, false));
        }
        b.flush();
        posted.forEach(Runnable::run);
        assertEquals(List.of(0, 10, 20, 24), got.stream().map(x -> x.latest().step()).toList());
        assertEquals(List.of(1, 10, 10, 4), got.stream().map(x -> x.points().size()).toList());
        b.flush();
        assertEquals(4, posted.size());
    }
}
