package dev.dartboard.cli;

import dev.dartboard.audio.WavException;
import dev.dartboard.audio.WavReader;
import dev.dartboard.features.FeatureExtractor;
import dev.dartboard.model.DataConfig;
import dev.dartboard.run.GenotypeJson;
import dev.dartboard.model.FeatureType;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code dartboard features FILE.wav}: the front-end features of one WAV file as JSON
 * ({@code file, config, shape, data, notes}) on stdout. Defaults are {@link DataConfig#defaults()}.
 * Exit 2 for an impossible config (picocli usage error), 1 with "error: FILE: reason" for an
 * unreadable WAV.
 */
@Command(name = "features", mixinStandardHelpOptions = true,
        description = "Compute MFCC or log-mel features of a WAV file (prints JSON).")
public final class FeaturesCommand implements Callable<Integer> {
    private static final DataConfig D = DataConfig.defaults();

    @Spec
    CommandSpec spec;

    @Option(names = "--sample-rate", paramLabel = "HZ", description = "Sample rate in Hz (default ${DEFAULT-VALUE}).")
    int sampleRate = D.sampleRate();

    @Option(names = "--type", paramLabel = "TYPE", converter = TypeConverter.class,
            description = "mfcc or log-mel (default mfcc).")
    FeatureType type = D.type();

    @Option(names = "--window-ms", paramLabel = "MS", description = "Window, ms (default ${DEFAULT-VALUE}).")
    double windowMs = D.windowMs();

    @Option(names = "--hop-ms", paramLabel = "MS", description = "Hop, ms (default ${DEFAULT-VALUE}).")
    double hopMs = D.hopMs();

    @Option(names = "--mel-bins", paramLabel = "N", description = "Mel filters (default ${DEFAULT-VALUE}).")
    int melBins = D.melBins();

    @Option(names = "--coeffs", paramLabel = "N", description = "MFCC coefficients (default ${DEFAULT-VALUE}).")
    int coeffs = D.coeffs();

    @Option(names = "--clip-ms", paramLabel = "MS", description = "Clip length, ms (default ${DEFAULT-VALUE}).")
    double clipMs = D.clipMs();

    @Parameters(index = "0", paramLabel = "FILE.wav", description = "WAV file: PCM 8/16/24/32-bit, float, µ-law or A-law, any channels and rate (mixed to mono, resampled to --sample-rate).")
    Path file;

    @Override
    public Integer call() {
        DataConfig config = config();
        WavReader.Result wav;
        try {
            wav = new WavReader().read(file, config.sampleRate());
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: " + file + ": " + reason(e));
            return ExitCodes.FAILED;
        }
        float[] samples = wav.clip().samples();
        List<String> notes = new ArrayList<>(wav.notes());
        if (samples.length != config.clipSamples()) notes.add(fitNote(samples.length, config.clipSamples()));
        float[][] data = new FeatureExtractor(config).extract(samples);
        Json.print(spec.commandLine().getOut(), result(config, data, notes));
        return ExitCodes.OK;
    }

    /** The DataConfig of the options; its refusal becomes a usage error (exit 2). */
    private DataConfig config() {
        int c = type == FeatureType.MFCC ? coeffs : 0;
        try {
            return new DataConfig(sampleRate, type, windowMs, hopMs, melBins, c, clipMs);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "invalid front end: " + e.getMessage(), e);
        }
    }

    private Map<String, Object> result(DataConfig config, float[][] data, List<String> notes) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.toString());
        out.put("config", configJson(config));
        out.put("shape", List.of(config.frames(), config.features()));
        out.put("data", data);
        out.put("notes", notes);
        return out;
    }

    /** The DataConfig as genotype.json spells it, plus the derived sample counts (what an exporter writes out). */
    static Map<String, Object> configJson(DataConfig c) {
        Map<String, Object> m = new LinkedHashMap<>(GenotypeJson.config(c));
        m.put("clipSamples", c.clipSamples());
        m.put("winSamples", c.winSamples());
        m.put("hopSamples", c.hopSamples());
        m.put("nFft", c.nFft());
        return m;
    }

    private static String fitNote(int have, int want) {
        return have < want
                ? "clip has " + have + " samples: zero-padded at the end to " + want
                : "clip has " + have + " samples: cropped to the first " + want;
    }

    private static String reason(IOException e) {
        if (e instanceof WavException w) return w.reason();
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof AccessDeniedException) return "permission denied";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** {@code mfcc} / {@code log-mel} via {@link FeatureType#parse}. */
    static final class TypeConverter implements ITypeConverter<FeatureType> {
        @Override
        public FeatureType convert(String value) {
            try {
                return FeatureType.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
