package dev.dartboard.engine.ops;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The default count, and that a request reaches OpenMP on each thread that asks for it. */
class NativeThreadsTest {
    @AfterEach
    void backToTheDefault() {
        NativeThreads.request(0);
    }

    @Test
    void defaultLeavesOneCoreToJava() {
        assertEquals(1, NativeThreads.defaultCount(1));
        assertEquals(1, NativeThreads.defaultCount(2));
        assertEquals(7, NativeThreads.defaultCount(8));
    }

    @Test
    void aRequestIsAppliedPerThread() throws InterruptedException {
        NativeThreads.request(1);
        NativeThreads.onThisThread();
        assertEquals(1, NativeThreads.ofThisThread());
        NativeThreads.request(3);
        AtomicInteger other = new AtomicInteger();
        Thread t = new Thread(() -> {
            NativeThreads.onThisThread();
            other.set(NativeThreads.ofThisThread());
        });
        t.start();
        t.join();
        assertEquals(3, other.get(), "the worker thread applies the new request");
        assertEquals(1, NativeThreads.ofThisThread(), "this thread keeps its count until it asks again");
        NativeThreads.onThisThread();
        assertEquals(3, NativeThreads.ofThisThread());
    }

    @Test
    void negativeRequestsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> NativeThreads.request(-1));
    }
}
