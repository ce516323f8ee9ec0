package dev.dartboard.data;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.dartboard.model.Split;

/** Clips of one label per split, as the reports print them. Immutable; {@link #plus} returns a new one. */
@JsonPropertyOrder({"train", "validation", "test", "total"})
public record SplitCounts(int train, int validation, int test) {
    public static final SplitCounts ZERO = new SplitCounts(0, 0, 0);

    @JsonProperty("total")
    public int total() { return train + validation + test; }

    /** The element-wise sum of these counts and {@code other}. */
    public SplitCounts plus(SplitCounts other) {
        return new SplitCounts(train + other.train, validation + other.validation, test + other.test);
    }

    /** These counts with one more clip in {@code split}. */
    public SplitCounts plus(Split split) {
        return switch (split) {
            case TRAIN -> new SplitCounts(train + 1, validation, test);
            case VALIDATION -> new SplitCounts(train, validation + 1, test);
            case TEST -> new SplitCounts(train, validation, test + 1);
        };
    }
}
