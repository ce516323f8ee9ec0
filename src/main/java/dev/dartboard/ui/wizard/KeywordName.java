package dev.dartboard.ui.wizard;

import java.util.Locale;

/**
 * What a custom keyword may be: 2–20 lower-case letters a–z, optionally joined by single hyphens
 * ("biscuit", "hey-dart"), since it names the label folder, the recordings and what espeak-ng speaks.
 * Stateless.
 */
public final class KeywordName {
    static final int MIN = 2, MAX = 20;

    private KeywordName() { }

    /** The name as used: stripped and lower-cased. */
    public static String normalize(String text) { return text == null ? "" : text.strip().toLowerCase(Locale.ROOT); }

    /** "" when {@code text} (normalized) is a usable keyword, else what is wrong in words. */
    public static String problem(String text) {
        String n = normalize(text);
        if (n.isEmpty()) return "Type the keyword your device should answer to, e.g. biscuit.";
        if (n.contains(" ")) return "One word please (join words with '-', e.g. hey-dart).";
        if (!n.matches("[a-z]+(-[a-z]+)*")) return "Use letters a–z only (and '-' between words): '" + n + "' is not speakable as a label.";
        int letters = n.replace("-", "").length();
        if (letters < MIN) return "Too short: a keyword needs at least " + MIN + " letters (longer names are detected more reliably).";
        if (n.length() > MAX) return "Too long: at most " + MAX + " characters.";
        return "";
    }
}
