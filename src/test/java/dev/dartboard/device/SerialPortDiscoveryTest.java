package dev.dartboard.device;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Port discovery on a fake /dev and sysfs laid out as Linux does for a CDC ACM board. */
class SerialPortDiscoveryTest {
    @TempDir Path root;

    @Test
    void recognisesANano33BleFromSysfs() throws Exception {
        Path dev = Files.createDirectories(root.resolve("dev"));
        for (String n : List.of("ttyACM0", "ttyS0", "tty0", "null")) Files.createFile(dev.resolve(n));
        Path usbDevice = Files.createDirectories(root.resolve("sys/devices/usb1/1-1"));
        Path iface = Files.createDirectories(usbDevice.resolve("1-1:1.0"));
        Files.writeString(usbDevice.resolve("idVendor"), "2341\n");
        Files.writeString(usbDevice.resolve("idProduct"), "805A\n");
        Files.writeString(usbDevice.resolve("product"), "Nano 33 BLE\n");
        Path tty = Files.createDirectories(root.resolve("sys/class/tty/ttyACM0"));
        Files.createSymbolicLink(tty.resolve("device"), iface);
        Path pty = Files.createFile(root.resolve("ptyB"));

        List<PortInfo> ports = new PortDiscovery(dev, root.resolve("sys/class/tty")).list(List.of(pty.toString(), "/nonexistent"));

        assertEquals(3, ports.size());
        assertEquals(new PortInfo(dev.resolve("ttyACM0").toString(), "Nano 33 BLE", "2341:805a", "Arduino Nano 33 BLE"), ports.get(0));
        assertEquals(dev.resolve("ttyS0").toString(), ports.get(1).path());
        assertNull(ports.get(1).usbId());
        assertEquals("pseudo-terminal", ports.get(2).description());
    }

    @Test
    void namesOtherArduinoProducts() {
        assertEquals("Arduino", PortDiscovery.likelyBoard("2341:0043"));
        assertNull(PortDiscovery.likelyBoard("0403:6001"));
    }
}
