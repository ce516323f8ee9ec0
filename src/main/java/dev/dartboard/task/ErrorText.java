package dev.dartboard.task;

/** Turns an exception into one readable line for the user: never a stack trace or a class name alone. */
public final class ErrorText {
    private ErrorText() { }

    /** The deepest useful message of {@code error}'s cause chain, e.g. "samples/x is not a folder". */
    public static String of(Throwable error) {
        Throwable t = error;
        while ((t.getMessage() == null || t.getMessage().isBlank()) && t.getCause() != null) t = t.getCause();
        String message = t.getMessage();
        if (t instanceof java.nio.file.NoSuchFileException) return "not found: " + message;
        if (t instanceof java.nio.file.AccessDeniedException) return "permission denied: " + message;
        if (message == null || message.isBlank()) return describe(t);
        return message.strip();
    }

    private static String describe(Throwable t) {
        if (t instanceof OutOfMemoryError) return "out of memory";
        String name = t.getClass().getSimpleName().replaceAll("(Exception|Error)$", "");
        return "unexpected problem (" + name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase() + ")";
    }
}
