package dev.dartboard.cli;

/** Exit codes shared by all commands. */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** Some inputs were rejected (reported in the JSON), or the work failed with a clear message. */
    public static final int FAILED = 1;
    /** The command line was wrong (picocli's own code for parameter errors). */
    public static final int USAGE = 2;

    private ExitCodes() { }
}
