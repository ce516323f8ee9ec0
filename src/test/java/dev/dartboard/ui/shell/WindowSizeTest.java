package dev.dartboard.ui.shell;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first window size: 1280 × 800 where it fits, never larger than the screen with its frame. */
class WindowSizeTest {
    @Test
    void aLargeScreenGets1280By800Centred() {
        WindowSize s = WindowSize.fit(new Rectangle2D(0, 0, 1920, 1080));
        assertEquals(new WindowSize((1920 - 1280 - 16) / 2.0, (1080 - 800 - 40) / 2.0, 1280, 800), s);
    }

    @Test
    void a1024By700ScreenGetsAWindowThatFitsWithItsFrame() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1024, 700);
        WindowSize s = WindowSize.fit(screen);
        assertEquals(1024 - 16, s.width());
        assertEquals(700 - 40, s.height());
        assertTrue(s.x() >= 0 && s.y() >= 0, s.toString());
        assertTrue(s.x() + s.width() + 16 <= 1024 && s.y() + s.height() + 40 <= 700, s.toString());
    }

    @Test
    void anOffsetWorkAreaKeepsTheWindowInsideIt() {
        WindowSize s = WindowSize.fit(new Rectangle2D(0, 28, 1024, 672));   // a top panel of 28 px
        assertTrue(s.y() >= 28, s.toString());
        assertEquals(672 - 40, s.height());
    }
}
