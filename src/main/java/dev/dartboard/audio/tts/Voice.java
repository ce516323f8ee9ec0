package dev.dartboard.audio.tts;

import java.util.Locale;

/**
 * One synthetic speaker: an espeak-ng voice, a voice variant, a speaking rate and a pitch.
 *
 * @param voice   espeak-ng voice name, e.g. {@code en-us}
 * @param variant espeak-ng variant, e.g. {@code m3} or {@code f2} (empty for none)
 * @param wpm     speaking rate, words per minute (espeak-ng {@code -s}, 80..450)
 * @param pitch   pitch, 0..99 (espeak-ng {@code -p})
 */
public record Voice(String voice, String variant, int wpm, int pitch) {

    /** The {@code -v} argument: voice, plus {@code +variant} when there is one. */
    public String espeakVoice() {
        return variant.isEmpty() ? voice : voice + "+" + variant;
    }

    /**
     * The speaker id written into GSC file names ({@code <speaker>_nohash_<n>.wav}): 8 hex digits
     * of voice + variant only, so one voice (at every rate and pitch) lands in one split.
     */
    public String speakerId() {
        return String.format(Locale.ROOT, "%08x", espeakVoice().hashCode());
    }
}
