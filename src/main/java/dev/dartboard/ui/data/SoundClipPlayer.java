package dev.dartboard.ui.data;

import dev.dartboard.audio.PcmClip;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineEvent;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@link ClipPlayer} with a javax.sound Clip (16-bit mono). Stateless; one clip line per call. */
public final class SoundClipPlayer implements ClipPlayer {
    @Override
    public void play(PcmClip clip) throws Exception {
        AudioFormat format = new AudioFormat(clip.sampleRate(), 16, 1, true, false);
        Clip line;
        try {
            line = AudioSystem.getClip();
            line.open(format, pcm16(clip.samples()), 0, clip.samples().length * 2);
        } catch (Exception e) {
            throw new Exception("no audio output to play on (" + (e.getMessage() == null ? "no device" : e.getMessage()) + ")", e);
        }
        CountDownLatch done = new CountDownLatch(1);
        line.addLineListener(ev -> { if (ev.getType() == LineEvent.Type.STOP) done.countDown(); });
        try {
            line.start();
            done.await((long) clip.durationMs() + 2000, TimeUnit.MILLISECONDS);
        } finally {
            line.close();
        }
    }

    private static byte[] pcm16(float[] s) {
        byte[] b = new byte[s.length * 2];
        for (int i = 0; i < s.length; i++) {
            int v = (int) Math.max(-32768, Math.min(32767, Math.round(s[i] * 32768.0)));
            b[2 * i] = (byte) v;
            b[2 * i + 1] = (byte) (v >> 8);
        }
        return b;
    }
}
