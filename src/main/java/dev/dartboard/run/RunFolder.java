package dev.dartboard.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one owner of a run folder's file names. A run folder is created by one command (search, train or
 * pipeline) and afterwards only resumed ({@code --resume}) or replaced ({@code --force}); the derived files
 * downstream of a model ({@link #derivedFromFloatModel}) are removed whenever that model is rewritten.
 * Layout:
 * <pre>
 * search.json  events.jsonl  checkpoint/  genotype.json  pareto.json  ranking.json      (search)
 * genotype.json  labels.json  model.float.json  metrics.json                           (train)
 * model.int8.json  quant.json  model.blob                                              (quantize)
 * export/ (pipeline)  search/ (pipeline: the search's own run folder)  budget.json (pipeline)
 * provenance.json ({@link Provenance})  .lock ({@link RunLock})
 * </pre>
 * Immutable value; the queries read the disk.
 */
public record RunFolder(Path dir) {
    public static final String SEARCH_REQUEST = "search.json", EVENTS = "events.jsonl", CHECKPOINT = "checkpoint",
            GENOTYPE = "genotype.json", PARETO = "pareto.json", RANKING = "ranking.json",
            LABELS = "labels.json", FLOAT_MODEL = "model.float.json", METRICS = "metrics.json", DATA_REPORT = "data-report.json",
            INT8_MODEL = "model.int8.json", QUANT_REPORT = "quant.json", BLOB = "model.blob",
            EXPORT = "export", PIPELINE_SEARCH = "search", BUDGET = "budget.json",
            PROVENANCE = Provenance.FILE, LOCK = RunLock.FILE;

    /** What a search writes (its presence means the folder holds a search, finished or not). */
    private static final List<String> SEARCH_FILES = List.of(SEARCH_REQUEST, EVENTS, CHECKPOINT, PARETO, RANKING);
    /** Everything Dartboard writes into a run folder except the lock. */
    private static final List<String> ALL = List.of(SEARCH_REQUEST, EVENTS, CHECKPOINT, GENOTYPE, PARETO, RANKING, LABELS,
            FLOAT_MODEL, METRICS, INT8_MODEL, QUANT_REPORT, BLOB, EXPORT, PIPELINE_SEARCH, BUDGET, PROVENANCE);
    /** Made from model.float.json: stale as soon as it is rewritten. */
    private static final List<String> DERIVED_FROM_FLOAT = List.of(INT8_MODEL, QUANT_REPORT, BLOB, EXPORT);

    public RunFolder {
        if (dir == null) throw new IllegalArgumentException("a run folder needs a path");
    }

    public static RunFolder of(Path dir) { return new RunFolder(dir); }

    public Path searchRequest() { return dir.resolve(SEARCH_REQUEST); }
    public Path events() { return dir.resolve(EVENTS); }
    public Path checkpoint() { return dir.resolve(CHECKPOINT); }
    public Path genotype() { return dir.resolve(GENOTYPE); }
    public Path pareto() { return dir.resolve(PARETO); }
    public Path ranking() { return dir.resolve(RANKING); }
    public Path labels() { return dir.resolve(LABELS); }
    public Path floatModel() { return dir.resolve(FLOAT_MODEL); }
    public Path metrics() { return dir.resolve(METRICS); }
    public Path int8Model() { return dir.resolve(INT8_MODEL); }
    public Path quantReport() { return dir.resolve(QUANT_REPORT); }
    public Path blob() { return dir.resolve(BLOB); }
    public Path budget() { return dir.resolve(BUDGET); }
    /** The pipeline's exports ({@code RUN/export/}). */
    public Path export() { return dir.resolve(EXPORT); }
    /** The pipeline's search stage writes its own run folder inside ({@code RUN/search/}). */
    public RunFolder pipelineSearch() { return new RunFolder(dir.resolve(PIPELINE_SEARCH)); }
    public Provenance provenance() { return new Provenance(dir); }

    /** The first search file present (a search ran here, finished or interrupted), or null. */
    public Path searchFile() {
        for (String f : SEARCH_FILES) if (holds(dir.resolve(f))) return dir.resolve(f);
        return null;
    }

    /** True when the search in this folder finished (it wrote genotype.json after its request). */
    public boolean searchFinished() {
        return Files.isRegularFile(searchRequest()) && Files.isRegularFile(genotype());
    }

    public boolean hasFloatModel() { return Files.isRegularFile(floatModel()); }

    /**
     * The Dartboard files present (lock and data report excepted: a command refused or failed at its data step
     * leaves them; folders only when something else is in them), in layout order.
     */
    public List<Path> present() {
        List<Path> out = new ArrayList<>();
        for (String f : ALL) if (holds(dir.resolve(f))) out.add(dir.resolve(f));
        return out;
    }

    /** A file, or a folder with anything in it but a lock (a refused or failed command leaves one). */
    private static boolean holds(Path p) {
        if (!Files.isDirectory(p)) return Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        try (Stream<Path> s = Files.list(p)) {
            return s.anyMatch(q -> !q.getFileName().toString().equals(LOCK) && !q.getFileName().toString().equals(DATA_REPORT));
        } catch (IOException e) {
            return true;   // unreadable: assume it holds something rather than overwrite it
        }
    }

    /** {@code --force}: deletes every Dartboard file of the folder (the lock and unknown files stay); returns what went. */
    public List<Path> clear() throws IOException {
        List<Path> gone = new ArrayList<>(present());
        if (Files.isRegularFile(dir.resolve(DATA_REPORT))) gone.add(dir.resolve(DATA_REPORT));
        for (Path p : gone) delete(p);
        return gone;
    }

    /**
     * Deletes what was made from the float model (int8 model, report, blob, the pipeline's exports) and
     * their provenance entries, before a new float model is written; returns what went.
     */
    public List<Path> removeDerivedFromFloatModel() throws IOException {
        List<Path> gone = new ArrayList<>();
        for (String f : DERIVED_FROM_FLOAT) {
            Path p = dir.resolve(f);
            if (Files.exists(p)) { delete(p); gone.add(p); }
        }
        if (Files.exists(dir.resolve(PROVENANCE))) provenance().forget(List.of(int8Model(), quantReport(), blob()));
        return gone;
    }

    /** Deletes the pipeline's exports ({@code export/}), made from an int8 model that is being replaced. */
    public void removeExports() throws IOException {
        if (Files.exists(export())) delete(export());
    }

    private static void delete(Path p) throws IOException {
        if (!Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) { Files.deleteIfExists(p); return; }
        try (Stream<Path> w = Files.walk(p)) {
            for (Path q : w.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
        }
    }
}
