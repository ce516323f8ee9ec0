package dev.dartboard.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.scene.Scene;

/**
 * The studio's look: AtlantaFX's Primer theme (light or dark) as the scene's user-agent style sheet, then the
 * studio's own base.css (resources under dev/dartboard/ui), whose colours are all looked up from Primer's
 * {@code -color-*} variables, so one sheet serves both themes. FX thread only.
 */
public final class Themes {
    private static final String BASE = css("base.css");
    private static final String PRIMER_LIGHT = new PrimerLight().getUserAgentStylesheet();
    private static final String PRIMER_DARK = new PrimerDark().getUserAgentStylesheet();

    private Themes() { }

    public static void apply(Scene scene, boolean dark) {
        scene.setUserAgentStylesheet(dark ? PRIMER_DARK : PRIMER_LIGHT);
        scene.getStylesheets().setAll(BASE);
    }

    private static String css(String name) {
        var url = Themes.class.getResource("/dev/dartboard/ui/" + name);
        if (url == null) throw new IllegalStateException("missing style sheet " + name);
        return url.toExternalForm();
    }
}
