package dev.dartboard.ui.overview;

import dev.dartboard.ui.shell.Page;

/**
 * One pipeline step as the Overview shows it. Immutable.
 *
 * @param id     stable id for the View's nodes ("data", "budgets", "search", "train", "deploy")
 * @param title  e.g. "Data"
 * @param state  done, the next thing to do, or waiting for an earlier step
 * @param detail what is there now, e.g. "232 clips in 10 labels, 1 rejected"
 * @param action the button's text, e.g. "Open a data set"
 * @param page   where the action leads
 */
public record OverviewStep(String id, String title, State state, String detail, String action, Page page) {
    /** DONE: the step has a result; NEXT: the first step without one; LATER: after the next one. */
    public enum State { DONE, NEXT, LATER }

    OverviewStep withState(State s) { return new OverviewStep(id, title, s, detail, action, page); }
}
