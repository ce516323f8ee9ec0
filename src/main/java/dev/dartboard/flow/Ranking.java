package dev.dartboard.flow;

/**
 * How a search's candidates are ranked by short trainings ({@code --rank}, {@code --rank-epochs}, {@code --rank-clips}).
 *
 * @param candidates networks judged at most (0: off, the decoded model stays)
 * @param epochs     epochs of each first-round run (the second round trains twice as long)
 * @param clips      training clips of each run at most, class-stratified (0: all)
 */
public record Ranking(int candidates, int epochs, int clips) {
    public Ranking {
        if (candidates < 0 || epochs < 1 || clips < 0)
            throw new IllegalArgumentException("--rank takes N ≥ 0, --rank-epochs E ≥ 1 and --rank-clips N ≥ 0");
    }

    public boolean on() { return candidates > 0; }
}
