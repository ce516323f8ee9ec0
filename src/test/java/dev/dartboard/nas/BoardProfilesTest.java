package dev.dartboard.nas;

import dev.dartboard.model.BoardProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BoardProfilesTest {
    private final BoardProfiles boards = new BoardProfiles(Path.of("assets/boards"));

    @Test
    void nano33bleIsTheNrf52840WithDesignsUsableFlash() throws IOException {
        BoardProfile p = boards.load("nano33ble");
        assertEquals(64_000_000L, p.clockHz());
        assertEquals(256 * 1024L, p.sramBytes());
        assertEquals(1024 * 1024L, p.flashBytes());
        assertEquals(983_040L, p.usableFlash());   // 1 MiB less the 64 KiB bootloader share: ~983 KB usable
    }

    @Test
    void everyShippedProfileParses() throws IOException {
        assertEquals(List.of("nano33ble", "nucleo-l432kc"), boards.ids());
        for (String id : boards.ids()) assertEquals(id, boards.load(id).id());
        assertEquals(64 * 1024L, boards.load("nucleo-l432kc").sramBytes());
    }

    @Test
    void theBundledListMatchesTheAssetsFolder() throws IOException {
        assertEquals(boards.ids(), new BoardProfiles().ids());
        assertEquals(boards.load("nano33ble"), new BoardProfiles().load("nano33ble"));
        assertEquals(boards.load("nano33ble"), new BoardProfiles().load("assets/boards/nano33ble.json"));
    }

    @Test
    void typosAndUnknownBoardsAreErrors(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.json"), Files.readString(Path.of("assets/boards/nano33ble.json"))
                .replace("\"nano33ble\"", "\"x\"").replace("sramBytes", "sramByte"));
        BoardProfiles local = new BoardProfiles(dir);
        assertThrows(IOException.class, () -> local.load("x"));
        assertThrows(IOException.class, () -> local.load("uno"));
    }
}
