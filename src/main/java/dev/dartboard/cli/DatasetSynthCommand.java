package dev.dartboard.cli;

import dev.dartboard.audio.WavWriter;
import dev.dartboard.audio.tts.DatasetSynthesizer;
import dev.dartboard.audio.tts.EspeakTts;
import dev.dartboard.audio.tts.NoiseGenerator;
import dev.dartboard.audio.tts.SynthMix;
import dev.dartboard.audio.tts.SynthSpec;
import dev.dartboard.audio.tts.VoiceCatalog;
import dev.dartboard.audio.tts.VoicePlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dartboard dataset synth}: a GSC-layout keyword set spoken by espeak-ng voices. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Synthesise a GSC-layout keyword data set with espeak-ng voices, rates, pitches and noise.")
public final class DatasetSynthCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--out", required = true, description = "Folder to create (absent or empty).")
    Path out;
    @Option(names = "--words", required = true, split = ",", description = "Target words, comma-separated.")
    List<String> words;
    @Option(names = "--unknown", split = ",", description = "Other words (negatives), comma-separated.")
    List<String> unknown = List.of();
    @Option(names = "--negatives", paramLabel = "N", description = "Add N other words to --unknown, sized for a detector: "
            + "each target's confusables (near misses of its spelling, similar real words; up to 10 per target), then common "
            + "English words from Dartboard's bundled list.")
    int negatives;
    @Option(names = "--per-word", defaultValue = "30", description = "Clips per target word (default ${DEFAULT-VALUE}).")
    int perWord;
    @Option(names = "--per-unknown", description = "Clips per unknown word (default: --per-word).")
    Integer perUnknown;
    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--sample-rate", defaultValue = "16000", description = "Hz (default ${DEFAULT-VALUE}).")
    int sampleRate;
    @Option(names = "--clip-ms", defaultValue = "1000", description = "Clip length in ms (default ${DEFAULT-VALUE}).")
    int clipMs;
    @Option(names = "--noise-seconds", defaultValue = "10", description = "Length of each background noise file (default ${DEFAULT-VALUE}).")
    double noiseSeconds;
    @Option(names = "--snr-db", defaultValue = "5:30", description = "Speech-to-noise ratio range MIN:MAX in dB (default ${DEFAULT-VALUE}).")
    String snr;
    @Option(names = "--noise-probability", defaultValue = "0.8", description = "Share of clips with noise (default ${DEFAULT-VALUE}).")
    double noiseProbability;
    @Option(names = "--holdout-accents", split = ",", description = "Accents spoken only in the test split "
            + "(unseen voices), e.g. en-029,en-gb-scotland; writes testing_list.txt and validation_list.txt.")
    List<String> holdoutAccents = List.of();
    @Option(names = "--validation-accents", split = ",", description = "Accents spoken only in the validation split, "
            + "so validation measures unseen voices too (disjoint from --holdout-accents).")
    List<String> validationAccents = List.of();
    @Option(names = "--voice-families", split = ",", paramLabel = "FAMILY", description = "espeak-ng voice families "
            + "to speak with: classic, community, klatt, klatt-voices, whisper, random (40 voices drawn from the seed on "
            + "the formant synthesizer) (default: the 18 stock variants; every installed family when --holdout-voices "
            + "or --validation-voices is given).")
    List<String> voiceFamilies = List.of();
    @Option(names = "--holdout-voices", split = ",", paramLabel = "FAMILY", description = "Voice families spoken only "
            + "in the test split (whole voice models never heard in training), e.g. klatt-voices.")
    List<String> holdoutVoices = List.of();
    @Option(names = "--validation-voices", split = ",", paramLabel = "FAMILY", description = "Voice families spoken "
            + "only in the validation split, so the search, ranking and early stopping judge on unseen voice models.")
    List<String> validationVoices = List.of();
    @Option(names = "--tts-command", paramLabel = "COMMAND", description = "Speak with another engine installed here instead "
            + "of espeak-ng: a command with {text} and {wav} (and optionally {voice}, {rate}, {pitch}), e.g. "
            + "'pico2wave -l {voice} -w {wav} {text}'; no shell runs. Its clips are a voice family of their own: add "
            + "them to a set as validation or test with 'dataset add'.")
    String ttsCommand;
    @Option(names = "--tts-voices", split = ",", paramLabel = "VOICE", description = "The --tts-command engine's voices, "
            + "substituted for {voice} (default: one voice).")
    List<String> ttsVoices = List.of();
    @Option(names = "--tts-name", defaultValue = "plugged", paramLabel = "NAME", description = "A name for the --tts-command "
            + "engine in the manifest (default ${DEFAULT-VALUE}).")
    String ttsName;
    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    /** Confusables per target word among {@code --negatives}. */
    static final int NEGATIVES_PER_TARGET = 10;

    @Override
    public Integer call() throws Exception {
        SynthSpec s = spec();
        long t0 = System.nanoTime();
        int total = s.words().size() * s.perWord() + s.unknown().size() * s.perUnknown();
        dev.dartboard.audio.tts.TtsEngine engine;
        try {
            engine = ttsCommand == null ? EspeakTts.onPath()
                    : new dev.dartboard.audio.tts.CommandTts(ttsName, ttsCommand, ttsVoices, new dev.dartboard.audio.WavReader());
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--tts-command: " + e.getMessage());
        }
        DatasetSynthesizer synth = new DatasetSynthesizer(engine, new WavWriter(),
                VoiceCatalog.standard(), new NoiseGenerator(),
                threads != null ? threads : Runtime.getRuntime().availableProcessors());
        DatasetSynthesizer.Report r;
        try {
            r = synth.synthesize(s, n -> {
                if (n % 100 == 0 || n == total) System.err.printf("synth: %d/%d clips%n", n, total);
            });
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("out", r.out().toString());
        json.put("clips", r.clips());
        json.put("total", total);
        json.put("speakers", r.speakers());
        json.put("backgroundNoise", r.backgroundNoise());
        json.put("seconds", Math.round((System.nanoTime() - t0) / 1e7) / 100.0);
        Json.print(spec.commandLine().getOut(), json);
        return ExitCodes.OK;
    }

    private SynthSpec spec() {
        String[] r = snr.split(":");
        if (r.length != 2) throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "--snr-db must be MIN:MAX, e.g. 5:30 (got '" + snr + "')");
        try {
            SynthMix mix = new SynthMix(-18, -3, Double.parseDouble(r[0]), Double.parseDouble(r[1]), noiseProbability);
            if (negatives < 0) throw new IllegalArgumentException("--negatives must be ≥ 0 (got " + negatives + ")");
            List<String> others = new java.util.ArrayList<>(unknown);
            others.addAll(dev.dartboard.audio.tts.Confusables.standard().negatives(words, unknown, negatives, NEGATIVES_PER_TARGET, seed));
            return new SynthSpec(out, words, others, perWord, perUnknown != null ? perUnknown : perWord,
                    seed, sampleRate, clipMs, noiseSeconds, mix, holdoutAccents, validationAccents,
                    new VoicePlan(voiceFamilies, holdoutVoices, validationVoices));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
