package dev.dartboard.audio;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.Consumer;

/**
 * The default microphone through javax.sound.sampled, captured at 16 kHz mono 16-bit.
 * The listener runs on a daemon thread named "dartboard-microphone", which owns the line;
 * it receives blocks of exactly {@code blockSamples} samples and must not throw.
 */
public final class MicrophoneSource implements AudioSource {
    /** Capture format: 16 kHz, 16-bit signed little-endian, mono. */
    static final AudioFormat FORMAT = new AudioFormat(SAMPLE_RATE, 16, 1, true, false);

    /** Opens a capture line for a format (seam for tests; the default asks {@link AudioSystem}). */
    @FunctionalInterface
    public interface LineOpener {
        TargetDataLine open(AudioFormat format) throws LineUnavailableException, AudioDeviceException;
    }

    private final int blockSamples;
    private final LevelMeter meter;
    private final LineOpener opener;
    private volatile LevelMeter.Level level = LevelMeter.SILENCE;
    private volatile boolean running;
    private TargetDataLine line;
    private Thread thread;

    public MicrophoneSource(int blockSamples, LevelMeter meter, LineOpener opener) {
        if (blockSamples < 1) throw new IllegalArgumentException("block size must be positive: " + blockSamples);
        this.blockSamples = blockSamples;
        this.meter = meter;
        this.opener = opener;
    }

    /** The system's default capture device. */
    public MicrophoneSource(int blockSamples, LevelMeter meter) { this(blockSamples, meter, MicrophoneSource::openDefault); }

    @Override
    public synchronized void start(Consumer<float[]> listener) throws AudioDeviceException {
        if (running) throw new IllegalStateException("already started");
        try {
            line = opener.open(FORMAT);
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            throw new AudioDeviceException("no microphone found: " + e.getMessage(), e);
        }
        line.start();
        running = true;
        thread = new Thread(() -> capture(line, listener), "dartboard-microphone");
        thread.setDaemon(true);
        thread.start();
    }

    private void capture(TargetDataLine l, Consumer<float[]> listener) {
        byte[] bytes = new byte[2 * blockSamples];
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        while (running) {
            if (l.read(bytes, 0, bytes.length) < bytes.length) break; // line closed by stop()
            float[] block = new float[blockSamples];
            for (int i = 0; i < blockSamples; i++) block[i] = b.getShort(2 * i) / 32768f;
            level = meter.measure(block);
            if (running) listener.accept(block);
        }
    }

    @Override
    public synchronized void stop() {
        if (!running) return;
        running = false;
        line.stop();
        line.close();
        if (Thread.currentThread() != thread) joinQuietly(thread);
    }

    @Override
    public LevelMeter.Level level() { return level; }

    private static void joinQuietly(Thread t) {
        try {
            t.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static TargetDataLine openDefault(AudioFormat format) throws LineUnavailableException, AudioDeviceException {
        DataLine.Info info = new DataLine.Info(TargetDataLine.class, format);
        if (!AudioSystem.isLineSupported(info))
            throw new AudioDeviceException("no microphone found: no capture device supports " + describe(format)
                    + " (" + AudioSystem.getMixerInfo().length + " audio mixers present)");
        TargetDataLine l = (TargetDataLine) AudioSystem.getLine(info);
        l.open(format, 4 * format.getFrameSize() * SAMPLE_RATE / 10); // 400 ms of buffer
        return l;
    }

    static String describe(AudioFormat f) {
        return (int) f.getSampleRate() + " Hz " + (f.getChannels() == 1 ? "mono" : f.getChannels() + " channels")
                + " " + f.getSampleSizeInBits() + "-bit";
    }
}
