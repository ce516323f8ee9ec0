package dev.dartboard.nas.decode;

/** No network of the search space meets the budget; the message names the smallest achievable numbers. */
public final class InfeasibleBudgetException extends IllegalArgumentException {
    public InfeasibleBudgetException(String message) { super(message); }
}
