package dev.dartboard.device;

import java.io.IOException;

/**
 * A byte pipe to a board. One reader thread and one writer thread at most (they may differ);
 * {@link #close()} may be called from any thread and makes later calls throw.
 */
public interface SerialLink extends AutoCloseable {
    /** Writes all of {@code data}, blocking until the OS accepted it. */
    void write(byte[] data) throws IOException;

    /**
     * Reads what is available into {@code buf}, waiting up to {@code timeoutMs} for the first byte.
     * Returns the number of bytes read, 0 on timeout.
     */
    int read(byte[] buf, int timeoutMs) throws IOException;

    /** The port path this link was opened on. */
    String name();

    @Override
    void close() throws IOException;
}
