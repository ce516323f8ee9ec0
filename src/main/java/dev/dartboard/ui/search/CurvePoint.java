package dev.dartboard.ui.search;

/** One step on the loss and accuracy curves; {@code valLoss}/{@code valAccuracy} are null in warm-up. */
public record CurvePoint(int step, double trainLoss, Double valLoss, Double valAccuracy) {
}
