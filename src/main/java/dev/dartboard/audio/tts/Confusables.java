package dev.dartboard.audio.tts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Negatives for a custom keyword: words a detector could confuse with it. Two kinds, in order, without
 * the keyword itself or repeats: <b>near misses</b> made from the keyword's spelling (its onset swapped
 * for another consonant, its first vowel changed, its front half alone) and <b>real words</b> from a
 * built-in list that share its first or last letters (ranked by shared prefix + suffix length, then
 * alphabetically). Letters stand in for phonemes: espeak-ng speaks both from spelling. Deterministic;
 * immutable and thread-safe.
 */
public final class Confusables {
    static final String ONSETS = "bdgkmpstnflr";
    static final String VOWELS = "aeiou";
    private final List<String> vocabulary;

    public Confusables(List<String> vocabulary) { this.vocabulary = List.copyOf(vocabulary); }

    /** With the bundled list of common English words. */
    public static Confusables standard() {
        try (InputStream in = Confusables.class.getResourceAsStream("confusable-words.txt")) {
            if (in == null) throw new IOException("the bundled confusable-words.txt is missing from the build");
            List<String> words = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
                    .flatMap(l -> Arrays.stream(l.trim().split("\\s+"))).filter(w -> !w.isEmpty()).toList();
            return new Confusables(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Up to {@code n} negatives for {@code keyword} (lower-case letters): half near misses (rounded up), the rest real words. */
    public List<String> of(String keyword, int n) {
        String k = keyword.strip().toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        List<String> near = nearMisses(k);
        List<String> real = realWords(k);
        int wantNear = (n + 1) / 2;
        for (String w : near) if (out.size() < wantNear) out.add(w);
        for (String w : real) if (out.size() < n) out.add(w);
        for (String w : near) if (out.size() < n) out.add(w);
        return List.copyOf(out);
    }

    /**
     * An unknown class sized for detection: {@code n} other words for the {@code targets} — first each target's
     * negatives ({@link #of} without its first-vowel changes, {@code perTarget} each, targets taken in turn), then the bundled vocabulary's other
     * words in a {@code seed}-shuffled order — never a target nor a word of {@code exclude}, no repeats. Fewer when
     * the vocabulary runs out. A detector learns "not my word" from many words, and "not my word" near its
     * word from the confusables. First-vowel changes (mervin for marvin) are left out: a synthetic voice says them
     * almost as the name itself, and with them in the unknown class a name detector trained on espeak-ng voices
     * rejected more other words but missed more of its name on a held-out voice family (docs/generalisation.md).
     */
    public List<String> negatives(List<String> targets, List<String> exclude, int n, int perTarget, long seed) {
        Set<String> skip = new java.util.HashSet<>();
        for (String t : targets) skip.add(t.strip().toLowerCase(Locale.ROOT));
        for (String t : exclude) skip.add(t.strip().toLowerCase(Locale.ROOT));
        Set<String> out = new LinkedHashSet<>();
        List<List<String>> near = targets.stream().map(t -> {
            String k = t.strip().toLowerCase(Locale.ROOT);
            List<String> vowels = vowelChanges(k);
            return of(k, perTarget + vowels.size()).stream().filter(w -> !vowels.contains(w)).limit(perTarget).toList();
        }).toList();
        for (int i = 0; i < perTarget; i++)
            for (List<String> list : near)
                if (i < list.size() && out.size() < n && !skip.contains(list.get(i))) out.add(list.get(i));
        List<String> rest = new ArrayList<>(vocabulary);
        java.util.Collections.shuffle(rest, new java.util.Random(seed));
        for (String w : rest) if (out.size() < n && !skip.contains(w)) out.add(w);
        return List.copyOf(out);
    }

    /** Every change of {@code k}'s first vowel to another vowel. */
    static List<String> vowelChanges(String k) {
        int vowel = firstVowel(k);
        List<String> out = new ArrayList<>();
        if (vowel >= 0)
            for (char v : VOWELS.toCharArray()) if (v != k.charAt(vowel)) out.add(k.substring(0, vowel) + v + k.substring(vowel + 1));
        return out;
    }

    /** Onset swaps (3), first-vowel changes (2), the front half; never the keyword. */
    static List<String> nearMisses(String k) {
        Set<String> out = new LinkedHashSet<>();
        int vowel = firstVowel(k);
        String onset = k.substring(0, Math.max(0, vowel)), rest = k.substring(Math.max(0, vowel));
        for (char c : ONSETS.toCharArray())
            if (out.size() < 3 && !onset.equals(String.valueOf(c))) out.add(c + rest);
        if (vowel >= 0) {
            int added = 0;
            for (char v : VOWELS.toCharArray())
                if (added < 2 && v != k.charAt(vowel)) { out.add(k.substring(0, vowel) + v + k.substring(vowel + 1)); added++; }
        }
        if (k.length() >= 5) out.add(k.substring(0, (k.length() + 1) / 2));
        out.remove(k);
        return new ArrayList<>(out);
    }

    /** Vocabulary words sharing ≥ 2 first or ≥ 2 last letters with {@code k}, best shared length first. */
    List<String> realWords(String k) {
        return vocabulary.stream().filter(w -> !w.equals(k)).filter(w -> score(k, w) > 0)
                .sorted(Comparator.comparingInt((String w) -> -score(k, w)).thenComparing(Comparator.naturalOrder())).toList();
    }

    /** Shared prefix + shared suffix length, each counted from 2 letters up (0 when both are shorter). */
    static int score(String a, String b) {
        int p = 0, s = 0;
        while (p < Math.min(a.length(), b.length()) && a.charAt(p) == b.charAt(p)) p++;
        while (s < Math.min(a.length(), b.length()) && a.charAt(a.length() - 1 - s) == b.charAt(b.length() - 1 - s)) s++;
        return (p >= 2 ? p : 0) + (s >= 2 ? s : 0);
    }

    private static int firstVowel(String k) {
        for (int i = 0; i < k.length(); i++) if (VOWELS.indexOf(k.charAt(i)) >= 0) return i;
        return -1;
    }
}
