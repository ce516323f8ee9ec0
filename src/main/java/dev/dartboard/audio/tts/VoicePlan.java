package dev.dartboard.audio.tts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which voice families a synthesised set speaks and which of them only the test or the validation split hears.
 *
 * @param families   families spoken; empty: the legacy variant list ({@link VoiceCatalog#VARIANTS}), or every
 *                   installed family ({@link VoiceFamily#INSTALLED}) when test or validation families are named
 * @param test       families spoken only in the test split (whole families held out: unseen voice models)
 * @param validation families spoken only in the validation split (disjoint from {@code test}), so the search's
 *                   architecture steps, its ranking and early stopping judge on voices of another family
 */
public record VoicePlan(List<String> families, List<String> test, List<String> validation) {
    /** The legacy plan: today's 18 stock variants, no family held out. */
    public static final VoicePlan LEGACY = new VoicePlan(List.of(), List.of(), List.of());

    public VoicePlan {
        families = normalised(families);
        test = normalised(test);
        validation = normalised(validation);
        for (String f : validation)
            if (test.contains(f)) throw new IllegalArgumentException("voice family '" + f + "' cannot be both a test and a validation family");
        List<String> spoken = spokenFamilies(families, test, validation);
        for (String f : concat(test, validation))
            if (!spoken.contains(f)) throw new IllegalArgumentException("voice family '" + f + "' is held out but not spoken (add it to the voice families)");
        if (!test.isEmpty() || !validation.isEmpty()) {
            Set<String> train = new HashSet<>(spoken);
            test.forEach(train::remove);
            validation.forEach(train::remove);
            if (train.isEmpty()) throw new IllegalArgumentException("hold out fewer voice families than all: none would be left for training");
        }
    }

    /** True when families decide splits. */
    public boolean holdsOut() {
        return !test.isEmpty() || !validation.isEmpty();
    }

    /** True when the legacy variant list is spoken. */
    public boolean legacy() {
        return families.isEmpty() && !holdsOut();
    }

    /** The families spoken, in {@link VoiceFamily#ALL} order (empty for the legacy list). */
    public List<String> spoken() {
        return spokenFamilies(families, test, validation);
    }

    private static List<String> spokenFamilies(List<String> families, List<String> test, List<String> validation) {
        if (families.isEmpty() && test.isEmpty() && validation.isEmpty()) return List.of();
        if (families.isEmpty()) return VoiceFamily.names(VoiceFamily.INSTALLED);
        return families;
    }

    private static List<String> normalised(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String name = VoiceFamily.parse(n).name();
            if (!out.contains(name)) out.add(name);
        }
        return List.copyOf(out);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
