package dev.dartboard.ui.common;

import dev.dartboard.model.FeatureType;
import javafx.util.StringConverter;

import java.util.Locale;

/** The names the studio shows for enum values (never the raw constant, e.g. LOG_MEL → "Log-mel"). Pure. */
public final class HumanNames {
    private HumanNames() { }

    public static String of(FeatureType t) {
        return t == null ? "" : switch (t) { case LOG_MEL -> "Log-mel"; case MFCC -> "MFCC"; };
    }

    /** Any other constant: first letter capital, the rest lower case, '_' as a space (SMALLEST_FIRST → "Smallest first"). */
    public static String of(Enum<?> e) {
        if (e == null) return "";
        if (e instanceof FeatureType t) return of(t);
        String s = e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A converter for combo and choice boxes of {@code type}'s constants. */
    public static <E extends Enum<E>> StringConverter<E> converter(Class<E> type) {
        return new StringConverter<>() {
            @Override public String toString(E e) { return of(e); }
            @Override public E fromString(String s) {
                for (E e : type.getEnumConstants()) if (of(e).equals(s)) return e;
                return null;
            }
        };
    }
}
