package dev.dartboard.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** TEMPORARY in the synth branch: replaced by the audio package's atomic writer at merge. */
public final class WavWriter {
    public void write(Path file, PcmClip clip) throws IOException {
        float[] s = clip.samples();
        ByteBuffer b = ByteBuffer.allocate(44 + 2 * s.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + 2 * s.length).put("WAVE".getBytes()).put("fmt ".getBytes())
                .putInt(16).putShort((short) 1).putShort((short) 1).putInt(clip.sampleRate())
                .putInt(clip.sampleRate() * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes()).putInt(2 * s.length);
        for (float v : s) b.putShort((short) Math.round(Math.max(-1, Math.min(1, v)) * 32767));
        Files.write(file, b.array());
    }
}
