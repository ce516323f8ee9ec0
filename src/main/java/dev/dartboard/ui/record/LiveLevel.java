package dev.dartboard.ui.record;

import dev.dartboard.audio.LevelMeter;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The Record page's live readings: the microphone level and the count-in. FX thread only. */
final class LiveLevel {
    private final DoubleProperty levelDbfs = new SimpleDoubleProperty(LevelMeter.FLOOR_DB);
    private final StringProperty countIn = new SimpleStringProperty("");

    DoubleProperty levelDbfsProperty() { return levelDbfs; }

    StringProperty countInProperty() { return countIn; }

    void show(TakeRecorder.Reading r) {
        levelDbfs.set(r.level().rmsDbfs());
        countIn.set(r.countIn() > 0 ? Integer.toString(r.countIn()) : "Speak!");
    }

    /** Between takes: no count-in. */
    void takeEnded() { countIn.set(""); }

    /** After a session: silent meter, no count-in. */
    void reset() {
        countIn.set("");
        levelDbfs.set(LevelMeter.FLOOR_DB);
    }
}
