package dev.dartboard.ui.wizard;

import dev.dartboard.data.ClipRef;
import dev.dartboard.data.Dataset;
import dev.dartboard.data.SplitCounts;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a generated set has enough clips to measure the keyword on. The validation and test splits each need at
 * least {@value #MIN_CLIPS} clips of the keyword and {@value #MIN_CLIPS} of the other words (what the
 * {@code _unknown_} class is drawn from): with fewer, one clip moves a class's accuracy by 20 points or more — one
 * clip gives only 0% or 100%, two give 0, 50 or 100% — so the accuracies the Search and Results pages show for that
 * split mean little. Five is where one clip moves it by 20 points. Silence is cut from the noise files and not
 * counted here. Pure.
 */
final class SplitCheck {
    /** Clips of a class a validation or test split needs for its accuracy to mean something. */
    static final int MIN_CLIPS = 5;

    private SplitCheck() { }

    /** "" when every count is at least {@link #MIN_CLIPS}, else which are short and what to do, in one paragraph. */
    static String warning(Dataset ds, String keyword) {
        SplitCounts word = SplitCounts.ZERO, others = SplitCounts.ZERO;
        for (ClipRef c : ds.clips()) {
            if (c.word().equals(keyword)) word = word.plus(c.split());
            else others = others.plus(c.split());
        }
        List<String> shortOnes = new ArrayList<>();
        boolean keywordShort = describe(shortOnes, "'" + keyword + "' has", word);
        boolean negativesShort = describe(shortOnes, "the negative words have", others);
        if (shortOnes.isEmpty()) return "";
        StringBuilder text = new StringBuilder("Too few clips to measure accuracy on: ").append(String.join("; ", shortOnes))
                .append(". Below ").append(MIN_CLIPS).append(" clips of a class in a split, one clip moves its accuracy by 20 points "
                        + "or more (1 clip gives 0 or 100%, 2 give 0, 50 or 100%), so those accuracies mean little.");
        if (keywordShort) text.append(" Generate again with more voices of the keyword (about one voice in ten goes to validation and "
                + "one in ten to test: 80 voices give about 8 of each), or record or import more takes (all takes of one speaker id "
                + "go to the split that id falls in).");
        if (negativesShort) text.append(keywordShort ? " For the negatives:" : " Generate again with").append(" more voices per "
                + "negative or more negative words (again about one voice in ten goes to each of validation and test).");
        return text.toString();
    }

    /** Adds what is short of one class ({@code who}: the class and its verb, e.g. "'biscuit' has"); true when something is. */
    private static boolean describe(List<String> out, String who, SplitCounts c) {
        List<String> parts = new ArrayList<>();
        if (c.validation() < MIN_CLIPS) parts.add(clips(c.validation()) + " in validation");
        if (c.test() < MIN_CLIPS) parts.add(clips(c.test()) + " in test");
        if (!parts.isEmpty()) out.add(who + " " + String.join(" and ", parts));
        return !parts.isEmpty();
    }

    private static String clips(int n) { return n + (n == 1 ? " clip" : " clips"); }
}
