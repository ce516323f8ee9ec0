package dev.dartboard.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the JSON files Dartboard keeps (run files, manifests, genotypes) so that every failure is one
 * {@link IOException} whose message names the file and says what is wrong with it in words a user can act
 * on: "not found", "is a folder", "not valid JSON at line 3, column 7: …", "ends early (was it written
 * completely?)", "not a valid &lt;what&gt;: field 'a.b': …". Never Jackson's class names. Stateless.
 */
public final class JsonFiles {
    private JsonFiles() { }

    /** {@code file} bound to {@code type}; {@code what} names the content in errors ("float model"). */
    public static <T> T read(ObjectMapper mapper, Path file, Class<T> type, String what) throws IOException {
        requireFile(file);
        try {
            return mapper.readValue(file.toFile(), type);
        } catch (IOException | IllegalArgumentException e) {
            throw failure(file, what, e);
        }
    }

    /** {@code file} as a tree. */
    public static JsonNode readTree(ObjectMapper mapper, Path file, String what) throws IOException {
        requireFile(file);
        try {
            JsonNode n = mapper.readTree(file.toFile());
            if (n == null || n.isMissingNode()) throw new IOException(file + ": empty file, expected a " + what);
            return n;
        } catch (IOException e) {
            throw e.getMessage() != null && e.getMessage().startsWith(file + ": ") ? e : failure(file, what, e);
        }
    }

    /** Throws naming {@code file} when it is missing, not a regular file or empty (no JSON is empty). */
    public static void requireFile(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            if (Files.size(file) == 0) throw new IOException(file + ": empty file (was it written completely?)");
            return;
        }
        if (Files.isDirectory(file)) throw new IOException(file + ": is a folder, expected a file");
        throw new NoSuchFileException(file.toString(), null, "not found");
    }

    /** The exception a failed read of {@code file} becomes: message "FILE: what is wrong". */
    public static IOException failure(Path file, String what, Exception e) {
        return new IOException(file + ": " + reason(what, e), e);
    }

    /** What is wrong, without the file name. */
    static String reason(String what, Exception e) {
        if (e instanceof NoSuchFileException) return "not found";
        if (e instanceof AccessDeniedException) return "permission denied";
        for (Throwable t = e; t != null; t = t.getCause()) {   // a syntax error, even one met while binding a field
            if (t instanceof JsonEOFException || t instanceof StreamReadException r && String.valueOf(r.getOriginalMessage()).contains("end-of-input"))
                return "ends early" + at(((StreamReadException) t).getLocation()) + " (was it written completely?)";
            if (t instanceof StreamReadException r) return "not valid JSON" + at(r.getLocation()) + ": " + firstLine(r.getOriginalMessage());
        }
        if (e instanceof UnrecognizedPropertyException u)
            return "not a valid " + what + ": unknown field '" + u.getPropertyName() + "'" + field(u);
        if (e instanceof JsonMappingException m && String.valueOf(m.getOriginalMessage()).contains("end-of-input"))
            return "ends early (was it written completely?)";
        if (e instanceof JsonMappingException m)
            return "not a valid " + what + field(m) + ": " + cause(m);
        if (e instanceof JsonProcessingException p) return "not valid JSON" + at(p.getLocation()) + ": " + firstLine(p.getOriginalMessage());
        if (e instanceof IllegalArgumentException) return "not a valid " + what + ": " + firstLine(e.getMessage());
        return e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
    }

    private static String at(JsonLocation l) {
        return l == null || l.getLineNr() < 1 ? "" : " at line " + l.getLineNr() + ", column " + l.getColumnNr();
    }

    /** " at field 'layers[2].op'" from the mapping path, or "" at the top level. */
    private static String field(JsonMappingException m) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
            else if (r.getIndex() >= 0) b.append('[').append(r.getIndex()).append(']');
        }
        return b.length() == 0 ? "" : " (field '" + b + "')";
    }

    /** The innermost readable reason: a model's own validation message, else a generic one without class names. */
    private static String cause(JsonMappingException m) {
        for (Throwable t = m.getCause(); t != null; t = t.getCause())
            if (!(t instanceof JsonProcessingException) && t.getMessage() != null) return firstLine(t.getMessage());
        String msg = firstLine(m.getOriginalMessage());
        if (msg.contains("`")) return "missing or wrongly typed value" + at(m.getLocation());
        return msg;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        int src = line.indexOf(" at [Source");
        return (src < 0 ? line : line.substring(0, src)).trim();
    }
}
