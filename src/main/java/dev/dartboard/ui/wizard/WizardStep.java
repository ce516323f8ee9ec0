package dev.dartboard.ui.wizard;

/** The custom-keyword wizard's steps, in order. */
public enum WizardStep {
    NAME("1. Name your keyword"),
    RECORD("2. Record a few takes"),
    SYNTHESIZE("3. Generate voices and negatives"),
    AUGMENT("4. Preview augmentations"),
    SEARCH("5. Search for a model");

    private final String title;

    WizardStep(String title) { this.title = title; }

    public String title() { return title; }

    @Override
    public String toString() { return title; }
}
