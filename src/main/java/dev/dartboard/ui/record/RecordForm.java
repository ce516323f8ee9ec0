package dev.dartboard.ui.record;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What the Record page asks for — word, speaker id, number of takes — and what is wrong with it. FX thread only. */
final class RecordForm {
    private final StringProperty word = new SimpleStringProperty("");
    private final StringProperty speaker = new SimpleStringProperty("studio");
    private final IntegerProperty takeCount = new SimpleIntegerProperty(5);

    StringProperty wordProperty() { return word; }

    StringProperty speakerProperty() { return speaker; }

    IntegerProperty takeCountProperty() { return takeCount; }

    String word() { return word.get().strip(); }

    String speaker() { return speaker.get().strip(); }

    /** @param dataFolder the project's data folder ("" when none) @return null when usable, else the problem in words */
    String problem(String dataFolder) {
        if (dataFolder.isBlank()) return "Choose the project's data folder first (Project or Data page).";
        if (!word().matches("[a-z0-9][a-z0-9_-]*")) return "The word must be lower-case letters, digits, '-' or '_' (it names a folder).";
        if (!speaker().matches("[A-Za-z0-9]+")) return "The speaker id must be letters and digits.";
        if (takeCount.get() < 1 || takeCount.get() > 50) return "Record between 1 and 50 takes.";
        return null;
    }
}
