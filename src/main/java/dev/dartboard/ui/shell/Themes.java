package dev.dartboard.ui.shell;

import javafx.scene.Scene;

/** The light and dark style sheets (resources under dev/dartboard/ui). FX thread only. */
public final class Themes {
    private static final String BASE = css("base.css");
    private static final String LIGHT = css("light.css");
    private static final String DARK = css("dark.css");

    private Themes() { }

    public static void apply(Scene scene, boolean dark) {
        scene.getStylesheets().setAll(BASE, dark ? DARK : LIGHT);
    }

    private static String css(String name) {
        var url = Themes.class.getResource("/dev/dartboard/ui/" + name);
        if (url == null) throw new IllegalStateException("missing style sheet " + name);
        return url.toExternalForm();
    }
}
