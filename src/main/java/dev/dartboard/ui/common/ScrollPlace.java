package dev.dartboard.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * Keeps the user's place in a page's scroll pane. A ScrollPane keeps its scroll bar's ratio when its content grows or
 * shrinks, so content appearing anywhere (a confusion matrix, a longer message) slides what the user looks at. Here,
 * after every layout, the control the user is working with (the focus owner inside the page) is put back where it
 * was in the view, and without one the view's top stays on the same content pixel. A scroll by the user (or by
 * code) simply becomes the new place. And a button that turns disabled while it holds the focus (Train while
 * training runs) hands the focus to its row rather than to the next control, which a scroll pane would scroll to.
 * FX thread only.
 */
public final class ScrollPlace {
    private final ScrollPane scroll;
    private boolean adjusting;
    /** The content pixel at the view's top, as the user left it. */
    private double top;
    /** The focused node inside the content after the last layout, and its distance from the view's top. */
    private Node anchor;
    private double anchorY;
    private boolean scrolled;

    private ScrollPlace(ScrollPane scroll) { this.scroll = scroll; }

    /** Keeps the user's place in {@code scroll} from now on. */
    public static void keep(ScrollPane scroll) {
        ScrollPlace p = new ScrollPlace(scroll);
        Runnable pulse = p::afterLayout;
        scroll.vvalueProperty().addListener((o, a, v) -> {
            if (p.adjusting) return;
            p.top = p.offset();
            p.scrolled = true;
        });
        scroll.sceneProperty().addListener((o, a, s) -> {
            if (a != null) a.removePostLayoutPulseListener(pulse);
            if (s != null) s.addPostLayoutPulseListener(pulse);
        });
        if (scroll.getScene() != null) scroll.getScene().addPostLayoutPulseListener(pulse);
    }

    /**
     * When one of {@code controls} turns disabled while it has the focus, the focus goes to {@code holder} (an
     * enabled container of it), so that no scroll pane scrolls to wherever focus traversal would take it.
     */
    public static void keepFocusIn(Region holder, Node... controls) {
        for (Node c : controls)
            c.disabledProperty().addListener((o, was, now) -> { if (now && c.isFocused() && !holder.isDisabled()) holder.requestFocus(); });
    }

    private void afterLayout() {
        Node content = scroll.getContent();
        if (content == null || !scroll.isVisible() || scroll.getScene() == null) return;
        Node focus = scroll.getScene().getFocusOwner();
        Node now = focus != null && inside(focus, content) && focus.isVisible() ? focus : null;
        double y = now == null ? 0 : viewY(now);
        if (!scrolled && now != null && now == anchor && Math.abs(y - anchorY) > 0.5) scrollTo(offset() + (y - anchorY));
        else if (!scrolled && now == null && Math.abs(offset() - top) > 0.5) scrollTo(top);
        else {
            scrolled = false;
            top = offset();
            anchor = now;
            anchorY = y;
        }
    }

    /** Puts the view's top on content pixel {@code px} (as far as the content allows); the next layout measures again. */
    private void scrollTo(double px) {
        double range = range();
        double v = range <= 0 ? 0 : Math.max(0, Math.min(1, px / range));
        adjusting = true;
        scroll.setVvalue(scroll.getVmin() + v * (scroll.getVmax() - scroll.getVmin()));
        adjusting = false;
        top = offset();
        if (Math.abs(offset() - px) > 0.5) { anchor = null; scrolled = true; }   // the content ends: take this as the new place
    }

    private double range() {
        return Math.max(0, scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight());
    }

    /** The content pixel at the view's top. */
    private double offset() {
        if (scroll.getContent() == null) return 0;
        double span = scroll.getVmax() - scroll.getVmin();
        return span == 0 ? 0 : (scroll.getVvalue() - scroll.getVmin()) / span * range();
    }

    private double viewY(Node n) { return n.localToScene(0, 0).getY() - scroll.localToScene(0, 0).getY(); }

    private static boolean inside(Node n, Node root) {
        for (Node p = n; p != null; p = p.getParent()) if (p == root) return true;
        return false;
    }
}
