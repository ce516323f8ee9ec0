package dev.dartboard.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists serial ports: {@code /dev/ttyACM*}, {@code /dev/ttyUSB*}, {@code /dev/ttyS*} plus extra
 * paths (pty links). On Linux the USB identity comes from sysfs:
 * {@code <sys>/class/tty/<name>/device/../idVendor|idProduct|product} (the tty's device is the
 * USB interface; its parent is the USB device). Roots are injected so tests use a fake tree.
 */
public final class PortDiscovery {
    private static final String[] PATTERNS = {"ttyACM", "ttyUSB", "ttyS"};
    private final Path devDir;
    private final Path sysClassTty;

    public PortDiscovery(Path devDir, Path sysClassTty) {
        this.devDir = devDir;
        this.sysClassTty = sysClassTty;
    }

    public static PortDiscovery linux() {
        return new PortDiscovery(Path.of("/dev"), Path.of("/sys/class/tty"));
    }

    /** Ports sorted USB first then by name; {@code extra} paths are listed if they exist. */
    public List<PortInfo> list(List<String> extra) throws IOException {
        List<PortInfo> out = new ArrayList<>();
        try (Stream<Path> s = Files.isDirectory(devDir) ? Files.list(devDir) : Stream.empty()) {
            s.map(p -> p.getFileName().toString()).filter(PortDiscovery::isSerialName).sorted()
                    .forEach(name -> out.add(describe(devDir.resolve(name).toString(), name)));
        }
        for (String e : extra) if (Files.exists(Path.of(e))) out.add(new PortInfo(e, "pseudo-terminal", null, null));
        out.sort((x, y) -> Boolean.compare(y.usbId() != null, x.usbId() != null));
        return out;
    }

    private static boolean isSerialName(String name) {
        for (String p : PATTERNS) if (name.startsWith(p) && name.length() > p.length()) return true;
        return false;
    }

    private PortInfo describe(String path, String name) {
        Path usb = sysClassTty.resolve(name).resolve("device").resolve("..");
        String vid = read(usb.resolve("idVendor")), pid = read(usb.resolve("idProduct"));
        if (vid == null || pid == null) return new PortInfo(path, name.startsWith("ttyS") ? "serial port" : "serial device", null, null);
        String product = read(usb.resolve("product"));
        String id = vid.toLowerCase() + ":" + pid.toLowerCase();
        return new PortInfo(path, product == null ? "USB serial device" : product, id, likelyBoard(id));
    }

    /** 2341 is Arduino's USB vendor id; 2341:805a is the Nano 33 BLE (Sense) running a sketch. */
    static String likelyBoard(String usbId) {
        if (usbId.equals("2341:805a")) return "Arduino Nano 33 BLE";
        if (usbId.equals("2341:005a")) return "Arduino Nano 33 BLE (bootloader)";
        return usbId.startsWith("2341:") ? "Arduino" : null;
    }

    private static String read(Path p) {
        try {
            return Files.isReadable(p) ? Files.readString(p).trim() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
