package dev.dartboard.engine.exec;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;

/**
 * glibc's malloc settings for planned execution. With the arrays pooled ({@link ArrayPool}), the
 * only large allocations left per step are libnd4j's own scratch buffers (the columns of a
 * convolution's backward pass: 18 MB for a 3×3 depthwise at [64, 25, 5, 64]). By default glibc
 * serves those from fresh mmaps or trims them off the heap top when freed, so every call faults its
 * pages in again, and this VM pays ~18 µs per page: DS-CNN-S's training step took 198–298 ms
 * instead of 79 ms. Serving blocks up to 32 MB from the heap (the largest mmap threshold glibc
 * accepts) and trimming only above 512 MB keeps freed scratch for the next call. The JVM's main thread
 * allocates from a secondary arena, whose 64 MB heaps glibc unmaps as soon as one is empty: a search
 * created and deleted 14 heaps per step (strace). A top pad of 64 MB keeps them (12,000 munmaps in
 * 77 steps → 315 in 83). Memory stays bounded by the peak of a step. Environment settings ({@code MALLOC_MMAP_THRESHOLD_},
 * {@code MALLOC_TRIM_THRESHOLD_}, {@code MALLOC_TOP_PAD_}) are left alone; elsewhere than glibc nothing is done.
 */
final class NativeHeap {
    private static final int M_TRIM_THRESHOLD = -1, M_TOP_PAD = -2, M_MMAP_THRESHOLD = -3;
    static final int MMAP_THRESHOLD = 32 << 20, TRIM_THRESHOLD = 512 << 20, TOP_PAD = 64 << 20;
    private static boolean tuned;

    private NativeHeap() {}

    /** Applies the settings once per process; true if they are in force (set here now or before). */
    static synchronized boolean keepScratchMemory() {
        if (tuned) return true;
        if (!Platform.isLinux() || System.getenv("MALLOC_MMAP_THRESHOLD_") != null
                || System.getenv("MALLOC_TRIM_THRESHOLD_") != null || System.getenv("MALLOC_TOP_PAD_") != null) return false;
        try {
            Function mallopt = NativeLibrary.getInstance(Platform.C_LIBRARY_NAME).getFunction("mallopt");
            tuned = mallopt.invokeInt(new Object[]{M_MMAP_THRESHOLD, MMAP_THRESHOLD}) == 1
                    & mallopt.invokeInt(new Object[]{M_TRIM_THRESHOLD, TRIM_THRESHOLD}) == 1
                    & mallopt.invokeInt(new Object[]{M_TOP_PAD, TOP_PAD}) == 1;
        } catch (RuntimeException | LinkageError e) {
            tuned = false;   // not glibc (musl has no mallopt): its own defaults stay
        }
        return tuned;
    }
}
