package dev.dartboard.app;

import java.util.List;

/** Demo content for screenshots: a named project on samples/, the wizard at its Generate step for "biscuit". FX thread only. */
final class StudioDemo {
    private StudioDemo() { }

    static void prepare(Studio studio) {
        studio.project().nameProperty().set("Four commands");
        studio.project().targetWordsProperty().set(String.join(", ", List.of("yes", "no", "up", "down")));
        studio.record().wordProperty().set("marvin");
        studio.record().record();
        try {
            studio.wizard().folderProperty().set(java.nio.file.Files.createTempDirectory("dartboard-demo").toString());
        } catch (java.io.IOException e) {
            return;
        }
        studio.wizard().nameProperty().set("biscuit");
        studio.wizard().next();
        studio.wizard().next();
    }
}
