package dev.dartboard.device;

import jssc.SerialPort;
import jssc.SerialPortException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@link SerialLink} over jssc. Opens by path (USB CDC, UART or a socat pty link); on a pty
 * {@code setParams} fails (no modem ioctls) and is ignored, since the baud rate means nothing there
 * and USB CDC ignores it too. Reads poll the OS buffer every millisecond.
 */
public final class JsscSerialLink implements SerialLink {
    private static final int BAUD = 115_200;
    private final SerialPort port;

    private JsscSerialLink(SerialPort port) {
        this.port = port;
    }

    /** Opens {@code path}; throws {@link DeviceException} PORT_ABSENT or PORT_BUSY with a readable message. */
    public static JsscSerialLink open(String path) {
        if (!Files.exists(Path.of(path))) throw new DeviceException(DeviceException.Kind.PORT_ABSENT, "serial port " + path + " does not exist (is the board plugged in?)");
        SerialPort port = new SerialPort(path);
        try {
            port.openPort();
        } catch (SerialPortException e) {
            boolean busy = SerialPortException.TYPE_PORT_BUSY.equals(e.getExceptionType());
            throw new DeviceException(busy ? DeviceException.Kind.PORT_BUSY : DeviceException.Kind.PORT_IO,
                    busy ? "serial port " + path + " is busy (another program has it open: close the Arduino serial monitor)"
                         : "cannot open serial port " + path + ": " + e.getExceptionType(), e);
        }
        try {
            port.setParams(BAUD, SerialPort.DATABITS_8, SerialPort.STOPBITS_1, SerialPort.PARITY_NONE);
        } catch (SerialPortException ignored) {
            // ptys reject the modem ioctls behind setParams; bytes still flow (docs/stack-notes.md#serial-ports-jssc).
        }
        return new JsscSerialLink(port);
    }

    @Override
    public void write(byte[] data) throws IOException {
        try {
            if (!port.writeBytes(data)) throw new IOException("write to " + name() + " failed");
        } catch (SerialPortException e) {
            throw new IOException("write to " + name() + " failed: " + e.getExceptionType(), e);
        }
    }

    @Override
    public int read(byte[] buf, int timeoutMs) throws IOException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        try {
            while (true) {
                int avail = port.getInputBufferBytesCount();
                if (avail > 0) return copy(port.readBytes(Math.min(avail, buf.length)), buf);
                if (System.nanoTime() >= deadline) return 0;
                Thread.sleep(1);
            }
        } catch (SerialPortException e) {
            throw new IOException("read from " + name() + " failed: " + e.getExceptionType(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("read from " + name() + " interrupted", e);
        }
    }

    private static int copy(byte[] got, byte[] buf) {
        System.arraycopy(got, 0, buf, 0, got.length);
        return got.length;
    }

    @Override
    public String name() {
        return port.getPortName();
    }

    @Override
    public void close() throws IOException {
        try {
            if (port.isOpened()) port.closePort();
        } catch (SerialPortException e) {
            throw new IOException("close of " + name() + " failed: " + e.getExceptionType(), e);
        }
    }
}
