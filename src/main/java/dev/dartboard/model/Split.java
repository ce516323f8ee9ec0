package dev.dartboard.model;

import java.util.Locale;

/** The three disjoint parts of a data set; a speaker belongs to exactly one of them. */
public enum Split {
    TRAIN, VALIDATION, TEST;

    /** The JSON / CLI spelling: {@code train}, {@code validation}, {@code test}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
