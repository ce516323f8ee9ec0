package dev.dartboard.data;

import dev.dartboard.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Computes the features of every row on {@code threads} workers (one {@link FeatureFunction} each)
 * and writes them with positional writes into a temp file, then publishes it atomically. Unreadable
 * inputs become zero rows listed as rejected; any other failure aborts and removes the temp file.
 */
final class CacheWriter {
    private final int threads;

    CacheWriter(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** Writes {@code target} (the float file) and returns the rejected rows, sorted. */
    List<Issue> write(Path target, List<Source> rows, SampleSource samples, Supplier<FeatureFunction> fns)
            throws IOException {
        Path tmp = AtomicFiles.tempFor(target);
        ConcurrentLinkedQueue<Issue> rejected = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int first = w;
                work.add(pool.submit(() -> writeRows(ch, rows, first, samples, fns.get(), rejected)));
            }
            for (Future<?> f : work) await(f);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        } finally {
            pool.shutdownNow();
        }
        AtomicFiles.publish(tmp, target);
        List<Issue> sorted = new ArrayList<>(rejected);
        sorted.sort(Comparator.comparing(Issue::file));
        return sorted;
    }

    /** Rows first, first + threads, … of one worker. */
    private void writeRows(FileChannel ch, List<Source> rows, int first, SampleSource samples,
                           FeatureFunction fn, ConcurrentLinkedQueue<Issue> rejected) {
        float[] out = new float[fn.length()];
        ByteBuffer buf = ByteBuffer.allocate(out.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int r = first; r < rows.size(); r += threads) {
            java.util.Arrays.fill(out, 0f);
            try {
                fn.compute(samples.samples(rows.get(r)), out);
            } catch (IOException e) {
                java.util.Arrays.fill(out, 0f);
                rejected.add(new Issue(rows.get(r).descriptor(), String.valueOf(e.getMessage())));
            }
            buf.clear();
            buf.asFloatBuffer().put(out);
            writeFully(ch, buf, (long) r * buf.capacity());
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer buf, long position) {
        try {
            buf.position(0).limit(buf.capacity());
            long p = position;
            while (buf.hasRemaining()) p += ch.write(buf, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(Future<?> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("feature cache build interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IOException(e.getCause());
        }
    }
}
