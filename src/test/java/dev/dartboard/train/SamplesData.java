package dev.dartboard.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.audio.WavReader;
import dev.dartboard.data.ClipReader;
import dev.dartboard.data.DataPreparer;
import dev.dartboard.data.DatasetScanner;
import dev.dartboard.data.FeatureCache;
import dev.dartboard.data.LabelSetResolver;
import dev.dartboard.data.PreparedData;
import dev.dartboard.data.SpeakerSplit;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.LabelSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The bundled samples/ prepared with the default front end; features cached under target/ across tests. */
final class SamplesData {
    static final Path SAMPLES = Path.of("samples");
    private static PreparedData data;

    private SamplesData() { }

    static DataPreparer preparer() {
        return new DataPreparer(new DatasetScanner(new SpeakerSplit()),
                new LabelSetResolver(new ObjectMapper(), LabelSet.DEFAULT_SHARE, LabelSet.DEFAULT_SHARE),
                ClipReader.wav(new WavReader()), new FeatureCache(Path.of("target", "test-feature-cache"), new ObjectMapper(), 2));
    }

    static synchronized PreparedData get() {
        if (data == null) {
            try {
                data = preparer().prepare(SAMPLES, DataConfig.defaults(), List.of(), 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return data;
    }

    /** Row {@code row} of the feature table. */
    static float[] row(int row) {
        float[] x = new float[get().table().rowLength()];
        get().table().copyRow(row, x, 0);
        return x;
    }
}
