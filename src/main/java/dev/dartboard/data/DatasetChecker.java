package dev.dartboard.data;

import dev.dartboard.audio.WavReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads every file of a data set (word clips and background noise) on {@code threads} workers and
 * reports what is usable. A file the reader refuses (any IOException) is listed as rejected with the
 * exception's reason and never stops the run; the reader's warnings (damage, lossy decoding — not routine resampling) become warnings. Thread-safe.
 */
public final class DatasetChecker {
    private final DatasetScanner scanner;
    private final ClipReader reader;
    private final int rate;
    private final int threads;
    private final double windowMs;

    /** Holds clips to the default front end's window ({@link ClipLength#DEFAULT_WINDOW_MS}). */
    public DatasetChecker(DatasetScanner scanner, ClipReader reader, int rate, int threads) {
        this(scanner, reader, rate, threads, ClipLength.DEFAULT_WINDOW_MS);
    }

    /**
     * @param rate     the rate (Hz) files are read at, as training will read them
     * @param windowMs files shorter than this analysis window are rejected ({@link ClipLength})
     */
    public DatasetChecker(DatasetScanner scanner, ClipReader reader, int rate, int threads, double windowMs) {
        this.windowMs = windowMs;
        this.scanner = scanner;
        this.reader = reader;
        this.rate = rate;
        this.threads = Math.max(1, threads);
    }

    /** Reads every file under {@code root}; throws only when the folder itself cannot be scanned. */
    public CheckReport check(Path root) throws IOException {
        Dataset ds = scanner.scan(root);
        List<String> files = new ArrayList<>(ds.noiseFiles());
        ds.clips().forEach(c -> files.add(c.relPath()));
        List<Outcome> outcomes = readAll(ds, files);
        List<Issue> rejected = new ArrayList<>();
        List<Issue> warnings = new ArrayList<>(ds.warnings());
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i).error() != null) rejected.add(new Issue(files.get(i), outcomes.get(i).error()));
            for (String note : outcomes.get(i).notes()) warnings.add(new Issue(files.get(i), note));
        }
        rejected.sort(Comparator.comparing(Issue::file));
        List<Outcome> clipOutcomes = outcomes.subList(ds.noiseFiles().size(), outcomes.size());
        return new CheckReport(ds.root().toString(), labels(ds, clipOutcomes), files.size() - rejected.size(),
                rejected, warnings);
    }

    /** Accepted clips per word and split; every word folder appears, even when all its clips were rejected. */
    private static Map<String, SplitCounts> labels(Dataset ds, List<Outcome> clipOutcomes) {
        Map<String, SplitCounts> labels = new TreeMap<>();
        for (String w : ds.words()) labels.put(w, SplitCounts.ZERO);
        for (int c = 0; c < clipOutcomes.size(); c++) {
            ClipRef clip = ds.clips().get(c);
            if (clipOutcomes.get(c).error() == null) labels.merge(clip.word(), SplitCounts.ZERO.plus(clip.split()), SplitCounts::plus);
        }
        return labels;
    }

    /** The outcome of reading one file: error reason or null, and the reader's notes. */
    private record Outcome(String error, List<String> notes) { }

    private List<Outcome> readAll(Dataset ds, List<String> files) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (String f : files) futures.add(pool.submit((Callable<Outcome>) () -> readOne(ds.resolve(f))));
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) outcomes.add(get(f));
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome readOne(Path file) {
        try {
            WavReader.Result r = reader.read(file, rate);
            String tooShort = ClipLength.tooShort(r.clip().samples().length, rate, windowMs);
            if (tooShort != null) return new Outcome(tooShort, List.of());
            return new Outcome(null, r.warnings() == null ? List.of() : List.copyOf(r.warnings()));
        } catch (IOException e) {
            return new Outcome(reasonOf(e), List.of());
        } catch (RuntimeException e) {
            return new Outcome("unreadable: " + e, List.of());
        }
    }

    /** The reason without the file name: WavException's own, else the message. */
    static String reasonOf(IOException e) {
        if (e instanceof dev.dartboard.audio.WavException w) return w.reason();
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static Outcome get(Future<Outcome> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("check interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }
}
