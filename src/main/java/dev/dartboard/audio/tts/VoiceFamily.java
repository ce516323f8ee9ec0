package dev.dartboard.audio.tts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A family of espeak-ng voice variants that share a voice model: the unit a data set holds out whole, so that
 * validation and test measure voices whose synthesis the model never heard (held-out accents of one family
 * share its voice source and read 94–97% where other engines' voices read ~50%).
 * <ul>
 *   <li>{@code classic}: espeak-ng's stock formant variants (default, m1–m8, f1–f5, croak)</li>
 *   <li>{@code community}: the named community variants on the formant synthesizer (Alex, Annie, Gene, …)</li>
 *   <li>{@code klatt}: the stock Klatt-synthesizer variants klatt … klatt6 (a different voice source)</li>
 *   <li>{@code klatt-voices}: named personas on the Klatt synthesizer (adam, benjamin, edward, robosoft …)</li>
 *   <li>{@code whisper}: unvoiced speech (whisper, whisperf)</li>
 *   <li>{@code random}: 40 voices on the formant synthesizer whose variant files are drawn from the data set's seed
 *       ({@link RandomVoices}); espeak-ng speaks them from a private data folder, nothing is installed</li>
 * </ul>
 * Variants missing from an install are dropped by {@link DatasetSynthesizer}. Immutable.
 *
 * @param name     the CLI spelling
 * @param variants espeak-ng variant names ({@code -v accent+variant}; "" is the voice without a variant)
 */
public record VoiceFamily(String name, List<String> variants) {
    public VoiceFamily {
        variants = List.copyOf(variants);
    }

    public static final VoiceFamily CLASSIC = new VoiceFamily("classic", List.of("", "m1", "m2", "m3", "m4", "m5",
            "m6", "m7", "m8", "f1", "f2", "f3", "f4", "f5", "croak"));
    public static final VoiceFamily COMMUNITY = new VoiceFamily("community", List.of("Alex", "Alicia", "Andrea",
            "Andy", "Annie", "AnxiousAndy", "Denis", "Diogo", "Gene", "Gene2", "Henrique", "Hugo", "Jacky", "Lee",
            "Marco", "Mario", "Michael", "Mike", "Nguyen", "RicishayMax", "RicishayMax2", "RicishayMax3", "Storm",
            "Tweaky", "anika", "anikaRobot", "antonio", "aunty", "belinda", "boris", "ed", "grandma", "grandpa",
            "gustave", "iven", "iven2", "iven3", "iven4", "john", "kaukovalta", "linda", "marcelo", "max", "michel",
            "miguel", "norbert", "pablo", "paul", "pedro", "quincy", "rob", "robert", "robosoft4", "robosoft5",
            "robosoft6", "robosoft7", "robosoft8", "sandro", "shelby", "steph", "steph2", "steph3", "travis",
            "victor", "zac"));
    public static final VoiceFamily KLATT = new VoiceFamily("klatt", List.of("klatt", "klatt2", "klatt3", "klatt4",
            "klatt5", "klatt6"));
    public static final VoiceFamily KLATT_VOICES = new VoiceFamily("klatt-voices", List.of("adam", "benjamin",
            "caleb", "david", "edward", "edward2", "UniRobot", "announcer", "robosoft", "robosoft2", "robosoft3"));
    public static final VoiceFamily WHISPER = new VoiceFamily("whisper", List.of("whisper", "whisperf"));
    public static final VoiceFamily RANDOM = new VoiceFamily("random", numbered("random", 40));

    /** Every family, in CLI order. */
    public static final List<VoiceFamily> ALL = List.of(CLASSIC, COMMUNITY, KLATT, KLATT_VOICES, WHISPER, RANDOM);
    /** The families spoken when only held-out families are named: espeak-ng's installed variants. */
    public static final List<VoiceFamily> INSTALLED = List.of(CLASSIC, COMMUNITY, KLATT, KLATT_VOICES, WHISPER);

    /** True for a family whose variant files Dartboard draws ({@link RandomVoices}) instead of espeak-ng's own. */
    public boolean generated() {
        return this.equals(RANDOM);
    }

    /** The family named {@code name} (case-insensitive). */
    public static Optional<VoiceFamily> named(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(f -> f.name.equals(n)).findFirst();
    }

    /** The family named {@code name}; the error lists the known names. */
    public static VoiceFamily parse(String name) {
        return named(name).orElseThrow(() -> new IllegalArgumentException("unknown voice family '" + name
                + "' (known: " + String.join(", ", names()) + ")"));
    }

    /** The family of an espeak-ng variant, if it belongs to one. */
    public static Optional<VoiceFamily> of(String variant) {
        return ALL.stream().filter(f -> f.variants.contains(variant)).findFirst();
    }

    /** Every family's CLI name. */
    public static List<String> names() {
        return names(ALL);
    }

    /** The CLI names of {@code families}. */
    public static List<String> names(List<VoiceFamily> families) {
        List<String> out = new ArrayList<>();
        for (VoiceFamily f : families) out.add(f.name);
        return out;
    }

    private static List<String> numbered(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) out.add(String.format(Locale.ROOT, "%s%02d", prefix, i));
        return out;
    }
}
