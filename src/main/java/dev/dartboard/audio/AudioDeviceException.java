package dev.dartboard.audio;

/**
 * An audio device cannot be used (none present, busy, or it failed while capturing). The message
 * is meant for the user, e.g. "no microphone found: no capture line supports 16000 Hz mono 16-bit".
 */
public class AudioDeviceException extends Exception {
    public AudioDeviceException(String message) { super(message); }

    public AudioDeviceException(String message, Throwable cause) { super(message, cause); }
}
