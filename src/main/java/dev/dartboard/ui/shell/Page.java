package dev.dartboard.ui.shell;

/**
 * The studio's pages in navigation order (Ctrl+1..9). {@code pendingOn} names what a page waits
 * for while its engine has not landed; null means the page works now.
 */
public enum Page {
    OVERVIEW("Overview", null),
    PROJECT("Project", null),
    DATA("Data", null),
    RECORD("Record", null),
    SPACE("Space & budgets", null),
    SEARCH("Search", null),
    RESULTS("Results", null),
    DEPLOY("Deploy", null),
    WIZARD("New keyword", null);

    private final String title;
    private final String pendingOn;

    Page(String title, String pendingOn) {
        this.title = title;
        this.pendingOn = pendingOn;
    }

    public String title() { return title; }

    public boolean landed() { return pendingOn == null; }

    /** What the page arrives with, for its placeholder panel; null when landed. */
    public String pendingOn() { return pendingOn; }

    /** The digit of its shortcut: Ctrl+1 for the first page. */
    public int shortcutDigit() { return ordinal() + 1; }
}
