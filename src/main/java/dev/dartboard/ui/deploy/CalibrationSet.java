package dev.dartboard.ui.deploy;

import dev.dartboard.data.ClipReader;
import dev.dartboard.data.ClipRef;
import dev.dartboard.data.Dataset;
import dev.dartboard.data.DatasetScanner;
import dev.dartboard.features.FeatureExtractor;
import dev.dartboard.model.DataConfig;
import dev.dartboard.task.TaskCancelledException;
import dev.dartboard.task.TaskContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Feature rows for int8 calibration: up to {@code max} clips of the project's data set, spread
 * evenly over it (every label represented), featurized with the run's front end. Thread-safe; runs on a worker.
 */
public final class CalibrationSet {
    private final DatasetScanner scanner;
    private final ClipReader reader;
    private final int max;

    public CalibrationSet(DatasetScanner scanner, ClipReader reader, int max) {
        this.scanner = scanner;
        this.reader = reader;
        this.max = max;
    }

    /** @throws IOException when there is no data folder or no readable clip in it */
    public List<float[]> features(Path dataFolder, DataConfig cfg, TaskContext ctx) throws IOException, TaskCancelledException {
        if (dataFolder == null || !Files.isDirectory(dataFolder))
            throw new IOException("calibration needs the project's data: choose a data folder on the Data page first");
        Dataset data = scanner.scan(dataFolder);
        List<ClipRef> clips = data.clips();
        FeatureExtractor fx = new FeatureExtractor(cfg);
        List<float[]> rows = new ArrayList<>();
        int n = Math.min(max, clips.size());
        for (int i = 0; i < n; i++) {
            ctx.checkCancelled();
            ClipRef c = clips.get((int) ((long) i * clips.size() / n));
            float[] out = new float[cfg.frames() * cfg.features()];
            try {
                fx.extract(reader.read(data.resolve(c.relPath()), cfg.sampleRate()).clip().samples(), out);
                rows.add(out);
            } catch (IOException unreadable) {
                continue; // a rejected file (the Data page lists why) does not calibrate
            }
            ctx.updateProgress(0.8 * (i + 1) / n);
        }
        if (rows.isEmpty()) throw new IOException("no readable clip in " + dataFolder + " to calibrate on");
        return rows;
    }
}
