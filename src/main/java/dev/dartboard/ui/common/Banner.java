package dev.dartboard.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The studio's one style for errors, warnings, successes and notes: a coloured strip with an icon and a
 * wrapped line of text, hidden (and taking no room) while the text is empty. Builds and binds only. FX thread only.
 */
public final class Banner {
    /** The banner's colour and icon; the style class is {@code banner-<kind>}. */
    public enum Kind {
        ERROR(Feather.ALERT_OCTAGON), WARNING(Feather.ALERT_TRIANGLE), SUCCESS(Feather.CHECK_CIRCLE), INFO(Feather.INFO);

        private final Feather icon;

        Kind(Feather icon) { this.icon = icon; }

        public String styleClass() { return "banner-" + name().toLowerCase(); }
    }

    private Banner() { }

    /**
     * @param id      the banner's node id; its text label gets {@code id + "-text"}
     * @param dismiss run by its Dismiss button; null for a banner without one
     */
    public static HBox of(String id, ObservableStringValue text, ObservableValue<Kind> kind, Runnable dismiss) {
        FontIcon icon = new FontIcon();
        icon.getStyleClass().add("banner-icon");
        Label label = new Label();
        label.setId(id + "-text");
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(label, Priority.ALWAYS);
        HBox box = new HBox(10, icon, label);
        box.setId(id);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("banner");
        if (dismiss != null) {
            Button close = new Button("Dismiss");
            close.setId(id + "-dismiss");
            close.setOnAction(e -> dismiss.run());
            box.getChildren().add(close);
        }
        Runnable style = () -> {
            Kind k = kind.getValue() == null ? Kind.INFO : kind.getValue();
            for (Kind other : Kind.values()) box.getStyleClass().remove(other.styleClass());
            box.getStyleClass().add(k.styleClass());
            icon.setIconCode(k.icon);
        };
        kind.addListener((o, a, b) -> style.run());
        box.getProperties().put(Kind.class, kind);   // a binding passed in lives as long as its banner
        style.run();
        box.visibleProperty().bind(Bindings.createBooleanBinding(() -> text.get() != null && !text.get().isBlank(), text));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** A banner of one fixed kind. */
    public static HBox of(String id, ObservableStringValue text, Kind kind, Runnable dismiss) {
        return of(id, text, new javafx.beans.property.SimpleObjectProperty<>(kind), dismiss);
    }
}
