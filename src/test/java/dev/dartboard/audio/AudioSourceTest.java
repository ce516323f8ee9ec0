package dev.dartboard.audio;

import org.junit.jupiter.api.Test;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class AudioSourceTest {
    private final LevelMeter meter = new LevelMeter();

    @Test
    void fakeSourcePlaysTheClipInOrderedBlocksWithAShortLastOne() {
        float[] s = Signals.tone(300, 16000, 1000, 0.25);
        FakeAudioSource source = new FakeAudioSource(new PcmClip(s, 16000), 256, meter);
        List<float[]> blocks = new ArrayList<>();
        source.start(blocks::add);
        assertEquals(List.of(256, 256, 256, 232), blocks.stream().map(b -> b.length).toList());
        float[] joined = new float[1000];
        for (int i = 0; i < blocks.size(); i++) System.arraycopy(blocks.get(i), 0, joined, 256 * i, blocks.get(i).length);
        assertArrayEquals(s, joined);
        assertEquals(meter.measure(blocks.get(3)), source.level());
    }

    @Test
    void fakeSourceStopsWhenTheListenerAsks() {
        FakeAudioSource source = new FakeAudioSource(new PcmClip(new float[1000], 16000), 100, meter);
        List<float[]> blocks = new ArrayList<>();
        source.start(b -> { blocks.add(b); if (blocks.size() == 3) source.stop(); });
        assertEquals(3, blocks.size());
    }

    @Test
    void fakeSourceRefusesOtherRates() {
        assertThrows(IllegalArgumentException.class, () -> new FakeAudioSource(new PcmClip(new float[10], 8000), 4, meter));
    }

    @Test
    void machineWithoutCaptureDeviceGetsAClearMessage() {
        DataLine.Info info = new DataLine.Info(TargetDataLine.class, MicrophoneSource.FORMAT);
        assumeFalse(AudioSystem.isLineSupported(info), "this machine has a capture device");
        MicrophoneSource mic = new MicrophoneSource(512, meter);
        AudioDeviceException e = assertThrows(AudioDeviceException.class, () -> mic.start(b -> { }));
        assertTrue(e.getMessage().startsWith("no microphone found: no capture device supports 16000 Hz mono 16-bit"),
                e.getMessage());
        mic.stop(); // harmless when never started
        assertEquals(LevelMeter.SILENCE, mic.level());
    }

    @Test
    void busyDeviceIsReportedAsNoMicrophoneWithTheCause() {
        MicrophoneSource mic = new MicrophoneSource(512, meter, f -> { throw new LineUnavailableException("device busy"); });
        AudioDeviceException e = assertThrows(AudioDeviceException.class, () -> mic.start(b -> { }));
        assertEquals("no microphone found: device busy", e.getMessage());
    }

    @Test
    void capturedBytesBecomeBlocksOnTheCaptureThreadUntilStopped() throws Exception {
        java.util.concurrent.BlockingQueue<float[]> blocks = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
        List<String> threads = java.util.Collections.synchronizedList(new ArrayList<>());
        MicrophoneSource mic = new MicrophoneSource(2, meter, f -> fakeLine(closed));
        mic.start(b -> { threads.add(Thread.currentThread().getName()); blocks.add(b); });
        // The fake line yields the 16-bit samples 0x4000, 0xC000 (0.5, −0.5) forever.
        assertArrayEquals(new float[] {0.5f, -0.5f}, blocks.poll(5, java.util.concurrent.TimeUnit.SECONDS));
        mic.stop();
        assertTrue(closed.get(), "stop closes the line");
        int delivered = blocks.size();
        Thread.sleep(50);
        assertEquals(delivered, blocks.size(), "no block after stop");
        assertEquals("dartboard-microphone", threads.get(0));
        assertEquals(new LevelMeter.Level(20 * Math.log10(0.5), 20 * Math.log10(0.5)), mic.level()); // every block is ±0.5
    }

    /** A TargetDataLine whose read() returns 00 40 00 C0 repeated until close() is called. */
    private static TargetDataLine fakeLine(java.util.concurrent.atomic.AtomicBoolean closed) {
        return (TargetDataLine) java.lang.reflect.Proxy.newProxyInstance(getLoader(), new Class<?>[] {TargetDataLine.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "read" -> {
                        if (closed.get()) yield 0;
                        byte[] b = (byte[]) args[0];
                        for (int i = 0; i < (int) args[2]; i++) b[(int) args[1] + i] = (byte) (i % 2 == 0 ? 0 : i % 4 == 1 ? 0x40 : 0xC0);
                        Thread.sleep(1);
                        yield args[2];
                    }
                    case "close" -> { closed.set(true); yield null; }
                    default -> null;
                });
    }

    private static ClassLoader getLoader() { return AudioSourceTest.class.getClassLoader(); }

    @Test
    void captureFormatIs16kMono16BitLittleEndian() {
        AudioFormat f = MicrophoneSource.FORMAT;
        assertEquals(16000f, f.getSampleRate());
        assertEquals(1, f.getChannels());
        assertEquals(16, f.getSampleSizeInBits());
        assertEquals(AudioFormat.Encoding.PCM_SIGNED, f.getEncoding());
        assertEquals(false, f.isBigEndian());
    }
}
