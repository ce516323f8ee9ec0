package dev.dartboard.audio.tts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dartboard.audio.PcmClip;
import dev.dartboard.audio.WavWriter;
import dev.dartboard.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Writes a Google-Speech-Commands-layout data set spoken by espeak-ng: {@code <word>/<speaker>_nohash_<n>.wav},
 * {@code _background_noise_/*.wav} and a {@code dartboard.json} manifest naming the targets.
 * The result depends only on the spec (seed included), not on the thread count.
 */
public final class DatasetSynthesizer {
    private final TtsEngine tts;
    private final WavWriter writer;
    private final VoiceCatalog voices;
    private final NoiseGenerator noises;
    private final int threads;

    public DatasetSynthesizer(TtsEngine tts, WavWriter writer, VoiceCatalog voices, NoiseGenerator noises, int threads) {
        this.tts = tts;
        this.writer = writer;
        this.voices = voices;
        this.noises = noises;
        this.threads = Math.max(1, threads);
    }

    /** Summary of a written set: clips per word folder and the background files. */
    public record Report(Path out, Map<String, Integer> clips, List<String> backgroundNoise, int speakers) { }

    /** Makes the set; {@code progress} receives the number of clips written so far (any thread). */
    public Report synthesize(SynthSpec spec, IntConsumer progress) throws IOException {
        tts.requireInstalled();
        if (!tts.espeakFamilies() && (spec.voices().holdsOut() || !spec.voices().legacy() || !spec.holdoutAccents().isEmpty()
                || !spec.validationAccents().isEmpty()))
            throw new IllegalArgumentException("voice families and accents are espeak-ng's: " + tts.name()
                    + " speaks with its own voices (hold its clips out with dataset add)");
        Path voiceRoot = null;
        List<Job> jobs;
        try {
            TtsEngine engine = tts;
            if (spec.voices().spoken().stream().anyMatch(f -> VoiceFamily.parse(f).generated())) {
                voiceRoot = Files.createTempDirectory("dartboard-voices-");
                engine = tts.withVariants(voiceRoot, RandomVoices.files(spec.seed(), VoiceFamily.RANDOM.variants()));
            }
            List<String> variants = variants(engine, spec.voices());
            prepareOutput(spec.out());
            List<float[]> background = writeBackground(spec);
            jobs = plan(spec, variants);
            runAll(engine, jobs, spec, background, progress);
        } finally {
            if (voiceRoot != null) deleteTree(voiceRoot);
        }
        if (spec.holdsOut()) writeSplitLists(spec, jobs);
        writeManifest(spec);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Job j : jobs) counts.merge(SynthSpec.folderOf(j.word), 1, Integer::sum);
        long speakers = jobs.stream().map(j -> j.voice.speakerId()).distinct().count();
        return new Report(spec.out(), counts, backgroundNames(), (int) speakers);
    }

    private record Job(String word, int wordIndex, int take, Voice voice) { }

    private static void prepareOutput(Path out) throws IOException {
        if (Files.isDirectory(out)) {
            try (var s = Files.list(out)) {
                if (s.findAny().isPresent())
                    throw new IOException(out + ": output folder is not empty; choose a new folder");
            }
        } else if (Files.exists(out)) {
            throw new IOException(out + ": exists and is not a folder");
        }
        Files.createDirectories(out);
    }

    /**
     * The variants spoken: the legacy list, or every installed variant of the plan's families. A family with no
     * installed variant is refused before anything is written.
     */
    private static List<String> variants(TtsEngine engine, VoicePlan plan) throws IOException {
        if (plan.legacy()) return engine.defaultVariants();
        java.util.Set<String> installed = engine.installedVariants();
        List<String> out = new ArrayList<>();
        for (String name : plan.spoken()) {
            List<String> have = VoiceFamily.parse(name).variants().stream()
                    .filter(v -> v.isEmpty() || installed.contains(v)).toList();
            if (have.isEmpty()) throw new IOException("voice family '" + name + "': none of its espeak-ng variants is installed");
            out.addAll(have);
        }
        return out;
    }

    private List<Job> plan(SynthSpec spec, List<String> variants) {
        List<Job> jobs = new ArrayList<>();
        List<String> words = spec.allWords();
        for (int w = 0; w < words.size(); w++) {
            int n = w < spec.words().size() ? spec.perWord() : spec.perUnknown();
            List<Voice> vs = voices.sample(n, new Random(mix(spec.seed(), w, -1)), tts.accents(), variants);
            for (int t = 0; t < n; t++) jobs.add(new Job(words.get(w), w, t, vs.get(t)));
        }
        return jobs;
    }

    private void runAll(TtsEngine engine, List<Job> jobs, SynthSpec spec, List<float[]> bg, IntConsumer progress)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> fs = new ArrayList<>();
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            for (Job j : jobs) fs.add(pool.submit(() -> {
                writeClip(engine, j, spec, bg);
                progress.accept(done.incrementAndGet());
                return null;
            }));
            for (Future<?> f : fs) f.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * GSC split lists: every clip of a held-out accent or test family is test; every clip of a validation accent
     * or family is validation, or without those one speaker in ten of the others (by speaker id); the rest train.
     * No voice is in two splits.
     */
    private static void writeSplitLists(SynthSpec spec, List<Job> jobs) throws IOException {
        StringBuilder test = new StringBuilder(), validation = new StringBuilder();
        boolean namedValidation = !spec.validationAccents().isEmpty() || !spec.voices().validation().isEmpty();
        for (Job j : jobs) {
            String rel = relPath(j);
            String family = VoiceFamily.of(j.voice.variant()).map(VoiceFamily::name).orElse("");
            if (spec.holdoutAccents().contains(j.voice.voice()) || spec.voices().test().contains(family))
                test.append(rel).append('\n');
            else if (namedValidation ? spec.validationAccents().contains(j.voice.voice())
                    || spec.voices().validation().contains(family)
                    : Long.parseLong(j.voice.speakerId(), 16) % 10 == 0) validation.append(rel).append('\n');
        }
        AtomicFiles.write(spec.out().resolve("testing_list.txt"), test.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        AtomicFiles.write(spec.out().resolve("validation_list.txt"), validation.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String relPath(Job j) {
        return SynthSpec.folderOf(j.word) + "/" + j.voice.speakerId() + "_nohash_" + j.take + ".wav";
    }

    private void writeClip(TtsEngine engine, Job j, SynthSpec spec, List<float[]> bg) throws IOException {
        Random rng = new Random(mix(spec.seed(), j.wordIndex, j.take));
        PcmClip spoken = engine.speak(j.word, j.voice, spec.sampleRate());
        int clipSamples = (int) Math.round(spec.sampleRate() * spec.clipMs() / 1000.0);
        float[] noise = bg.get(rng.nextInt(bg.size()));
        float[] clip = new ClipComposer(spec.mix()).compose(spoken.samples(), noise, spec.sampleRate(), clipSamples, rng);
        Path file = spec.out().resolve(relPath(j));
        Files.createDirectories(file.getParent());
        writer.write(file, new PcmClip(clip, spec.sampleRate()));
    }

    /** Deletes the generated voices' private data folder (links, not what they point at). */
    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            List<Path> all = walk.sorted(java.util.Comparator.reverseOrder()).toList();
            for (Path p : all) Files.deleteIfExists(p);
        }
    }

    private List<float[]> writeBackground(SynthSpec spec) throws IOException {
        Path dir = spec.out().resolve("_background_noise_");
        Files.createDirectories(dir);
        List<float[]> all = new ArrayList<>();
        for (NoiseGenerator.Kind k : NoiseGenerator.Kind.values()) {
            float[] x = noises.generate(k, spec.sampleRate(), spec.noiseSeconds(), mix(spec.seed(), -2, k.ordinal()));
            writer.write(dir.resolve(name(k)), new PcmClip(x, spec.sampleRate()));
            all.add(x);
        }
        return all;
    }

    private static List<String> backgroundNames() {
        return java.util.Arrays.stream(NoiseGenerator.Kind.values()).map(DatasetSynthesizer::name).toList();
    }

    private static String name(NoiseGenerator.Kind k) {
        return k.name().toLowerCase(java.util.Locale.ROOT) + "_noise.wav";
    }

    private void writeManifest(SynthSpec spec) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("targets", spec.words().stream().map(SynthSpec::folderOf).toList());
        m.put("unknown", spec.unknown().stream().map(SynthSpec::folderOf).toList());
        m.put("generator", "dartboard dataset synth (" + tts.name() + ")");
        m.put("seed", spec.seed());
        m.put("perWord", spec.perWord());
        m.put("perUnknown", spec.perUnknown());
        m.put("sampleRate", spec.sampleRate());
        m.put("clipMs", spec.clipMs());
        if (!spec.holdoutAccents().isEmpty()) m.put("testAccents", spec.holdoutAccents());
        if (!spec.validationAccents().isEmpty()) m.put("validationAccents", spec.validationAccents());
        if (!spec.voices().legacy()) m.put("voiceFamilies", spec.voices().spoken());
        if (!spec.voices().test().isEmpty()) m.put("testVoiceFamilies", spec.voices().test());
        if (!spec.voices().validation().isEmpty()) m.put("validationVoiceFamilies", spec.voices().validation());
        byte[] json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(m);
        AtomicFiles.write(spec.out().resolve("dartboard.json"), json);
    }

    /** A 64-bit mix of (seed, a, b) so every clip has its own independent, reproducible stream. */
    static long mix(long seed, int a, int b) {
        long z = seed * 0x9E3779B97F4A7C15L + a * 0xBF58476D1CE4E5B9L + b * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
