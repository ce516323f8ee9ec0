package dev.dartboard.device;

import dev.dartboard.audio.WavReader;
import dev.dartboard.data.ClipReader;
import dev.dartboard.data.DataPreparer;
import dev.dartboard.data.WavSampleSource;
import dev.dartboard.data.Example;
import dev.dartboard.data.FeatureTable;
import dev.dartboard.data.PreparedData;
import dev.dartboard.model.LabelSet;
import dev.dartboard.model.Split;
import dev.dartboard.quant.QuantModel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Inputs for {@link OnDeviceTester}, quantized with the model's input parameters. Stateless.
 */
public final class DeviceTestInputs {
    private DeviceTestInputs() {}

    /**
     * A features file: little-endian float32, rows of frames × features (the model's input size),
     * back to back, as the feature cache stores them. Labels unknown.
     */
    public static List<OnDeviceTester.Sample> fromFeatures(Path file, QuantModel m) throws IOException {
        int row = m.inputShape()[0] * m.inputShape()[1] * m.inputShape()[2];
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.remaining() == 0 || b.remaining() % (4 * row) != 0)
            throw new IllegalArgumentException(file + " is " + b.remaining() + " bytes, not a whole number of "
                    + row + "-value float32 rows (the model's " + m.inputShape()[0] + "x" + m.inputShape()[1] + " input)");
        List<OnDeviceTester.Sample> out = new ArrayList<>();
        float[] x = new float[row];
        while (b.hasRemaining()) {
            b.asFloatBuffer().get(x);
            b.position(b.position() + 4 * row);
            out.add(new OnDeviceTester.Sample(m.quantizeInput(x), -1));
        }
        return out;
    }

    /**
     * The same examples as {@link #fromData} as 16-bit PCM clips at the model's rate and clip length
     * (the data step's samples, silence slices included), for INFER with the board's own front end.
     */
    public static List<OnDeviceTester.Clip> pcmFromData(Path dir, QuantModel m, DataPreparer preparer, Split split, int limit)
            throws IOException {
        if (m.dataConfig() == null) throw new IllegalArgumentException("the model blob has no front end (DataConfig): PCM needs a blob with a front end (quantize a model that has one)");
        List<String> targets = m.labels().stream().filter(l -> !l.equals(LabelSet.SILENCE) && !l.equals(LabelSet.UNKNOWN)).toList();
        PreparedData data = preparer.prepare(dir, m.dataConfig(), targets, 1);
        List<String> names = data.plan().labels().labels();
        int rate = m.dataConfig().sampleRate(), clip = m.dataConfig().clipSamples();
        WavSampleSource audio = new WavSampleSource(data.dataset().root(), ClipReader.wav(new WavReader()), rate, clip);
        List<OnDeviceTester.Clip> out = new ArrayList<>();
        for (Example e : data.plan().of(split)) {
            if (out.size() >= limit) break;
            float[] x = audio.samples(e.source());
            short[] pcm = new short[clip];
            for (int i = 0; i < clip && i < x.length; i++) pcm[i] = (short) Math.max(-32768, Math.min(32767, Math.round(x[i] * 32768)));
            out.add(new OnDeviceTester.Clip(pcm, m.labels().indexOf(names.get(e.label()))));
        }
        return out;
    }

    /**
     * The {@code split} of a data set folder through {@link DataPreparer} with the blob's front end;
     * the targets are the model's labels without silence and unknown, and each example's label is
     * mapped to the model's label index by name. At most {@code limit} samples.
     */
    public static List<OnDeviceTester.Sample> fromData(Path dir, QuantModel m, DataPreparer preparer, Split split, int limit)
            throws IOException {
        if (m.dataConfig() == null) throw new IllegalArgumentException("the model blob has no front end (DataConfig): use --features");
        List<String> targets = m.labels().stream().filter(l -> !l.equals(LabelSet.SILENCE) && !l.equals(LabelSet.UNKNOWN)).toList();
        PreparedData data = preparer.prepare(dir, m.dataConfig(), targets, 1);
        FeatureTable table = data.table();
        List<String> names = data.plan().labels().labels();
        List<OnDeviceTester.Sample> out = new ArrayList<>();
        float[] x = new float[table.rowLength()];
        for (Example e : data.plan().of(split)) {
            int row = table.rowOf(e.source());
            if (row < 0 || out.size() >= limit) continue;
            table.copyRow(row, x, 0);
            out.add(new OnDeviceTester.Sample(m.quantizeInput(x), m.labels().indexOf(names.get(e.label()))));
        }
        return out;
    }
}
