package dev.dartboard.model;

/**
 * The arithmetic of the front end (an optional field of {@link DataConfig}; absent = {@link #FLOAT}).
 * FLOAT: float32 on the board, double in Java, equal up to rounding. Q15: integers only (Q15 window,
 * twiddles and mel weights, int32 block-floating FFT, fixed-point log), bit-exact between Java
 * ({@code features.FixedPointFrontEnd}) and C ({@code kws_fe_core.h}), for cores without an FPU or where
 * the training features must be exactly the board's.
 */
public enum FrontEndArithmetic {
    FLOAT,
    Q15;

    /** Parses the JSON / CLI spelling (also the enum names {@code FLOAT}/{@code Q15} that model files carried briefly): {@code float} or {@code q15} (any case). */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static FrontEndArithmetic parse(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "float" -> FLOAT;
            case "q15" -> Q15;
            default -> throw new IllegalArgumentException("unknown front-end arithmetic '" + text + "' (expected float or q15)");
        };
    }

    /** The JSON / CLI spelling: {@code float} or {@code q15}. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String cliName() {
        return this == FLOAT ? "float" : "q15";
    }
}
