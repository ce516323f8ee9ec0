package dev.dartboard.app.tour;

import java.io.Writer;
import java.util.function.Consumer;

/** A writer that hands each complete line (without its terminator) to a consumer as soon as it is written. */
final class LineWriter extends Writer {
    private final Consumer<String> lines;
    private final StringBuilder pending = new StringBuilder();

    LineWriter(Consumer<String> lines) {
        this.lines = lines;
    }

    @Override
    public synchronized void write(char[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            char c = buf[i];
            if (c == '\n') {
                int end = pending.length() > 0 && pending.charAt(pending.length() - 1) == '\r' ? pending.length() - 1 : pending.length();
                lines.accept(pending.substring(0, end));
                pending.setLength(0);
            } else {
                pending.append(c);
            }
        }
    }

    @Override
    public void flush() { }

    /** Hands on a last unterminated line. */
    @Override
    public synchronized void close() {
        if (pending.length() > 0) lines.accept(pending.toString());
        pending.setLength(0);
    }
}
