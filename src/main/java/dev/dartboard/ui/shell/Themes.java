package dev.dartboard.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.scene.Scene;

/**
 * The studio's look: AtlantaFX's Primer theme (light or dark) as the scene's user-agent style sheet, then
 * the studio's own sheets (resources under dev/dartboard/ui): base.css for layout, light.css or dark.css for
 * the few colours Primer does not name. FX thread only.
 */
public final class Themes {
    private static final String BASE = css("base.css");
    private static final String LIGHT = css("light.css");
    private static final String DARK = css("dark.css");
    private static final String PRIMER_LIGHT = new PrimerLight().getUserAgentStylesheet();
    private static final String PRIMER_DARK = new PrimerDark().getUserAgentStylesheet();

    private Themes() { }

    public static void apply(Scene scene, boolean dark) {
        scene.setUserAgentStylesheet(dark ? PRIMER_DARK : PRIMER_LIGHT);
        scene.getStylesheets().setAll(BASE, dark ? DARK : LIGHT);
    }

    private static String css(String name) {
        var url = Themes.class.getResource("/dev/dartboard/ui/" + name);
        if (url == null) throw new IllegalStateException("missing style sheet " + name);
        return url.toExternalForm();
    }
}
