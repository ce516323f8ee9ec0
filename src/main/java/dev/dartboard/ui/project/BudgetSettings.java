package dev.dartboard.ui.project;

import dev.dartboard.model.Budget;

/**
 * The board and the budgets a search must meet, as saved in the project file.
 *
 * @param board      a bundled board id ({@code nano33ble}) or the path of a board profile {@code .json}
 * @param sramBytes  peak SRAM for the model and its streaming front end, bytes
 * @param flashBytes flash for weights, code and front-end tables, bytes
 * @param latencyMs  one inference including the clip's features, milliseconds
 */
public record BudgetSettings(String board, long sramBytes, long flashBytes, double latencyMs) {
    public BudgetSettings {
        board = board == null || board.isBlank() ? "nano33ble" : board;
    }

    /** A Nano 33 BLE with room left for the application: 64 KB SRAM, 256 KB flash, 300 ms (DS-CNN-S with its front end is estimated at ~272 ms at 64 MHz). */
    public static BudgetSettings defaults() {
        return new BudgetSettings("nano33ble", 64 * 1024, 256 * 1024, 300);
    }

    /** As a model {@link Budget}; throws IllegalArgumentException when a limit is not positive. */
    public Budget asBudget() { return new Budget(sramBytes, flashBytes, latencyMs); }

    public BudgetSettings withBoard(String b) { return new BudgetSettings(b, sramBytes, flashBytes, latencyMs); }

    public BudgetSettings withLimits(long sram, long flash, double ms) { return new BudgetSettings(board, sram, flash, ms); }
}
