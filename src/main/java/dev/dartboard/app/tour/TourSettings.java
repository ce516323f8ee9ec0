package dev.dartboard.app.tour;

/**
 * How much work each step of the tour does. {@link #standard()} is the tour of {@code mvn javafx:run}
 * (about two minutes on a 2-core laptop); tests use smaller settings.
 *
 * @param searchEpochs search epochs (the first one warms the supernet up; α and γ move from the second)
 * @param configs      front ends searched at most
 * @param samples      sub-networks the Pareto explorer draws
 * @param rank         candidates judged by short trainings after the search (0: the decoded model), as search --rank
 * @param rankEpochs   epochs of each first-round ranking training
 * @param trainEpochs  training epochs at most
 * @param micSpeed     playback speed of the simulator's microphone (1 real time, 0 as fast as possible)
 * @param sram         SRAM budget of the search, e.g. "64k"
 * @param flash        flash budget, e.g. "256k"
 * @param latency      latency budget, e.g. "200ms"
 */
public record TourSettings(int searchEpochs, int configs, int samples, int rank, int rankEpochs, int trainEpochs, double micSpeed,
                           String sram, String flash, String latency) {
    public TourSettings {
        if (searchEpochs < 1 || configs < 1 || samples < 0 || rank < 0 || rankEpochs < 1 || trainEpochs < 1 || micSpeed < 0)
            throw new IllegalArgumentException("tour settings: epochs and configs >= 1, samples, rank and mic speed >= 0");
    }

    /** The tour of the README's main command. */
    public static TourSettings standard() {
        return new TourSettings(6, 2, 16, 4, 3, 30, 1, "64k", "256k", "200ms");
    }
}
