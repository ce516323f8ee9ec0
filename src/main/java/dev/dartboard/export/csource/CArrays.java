package dev.dartboard.export.csource;

/** Formats constants as C99 source: arrays 16 values a line, floats as exact hexadecimal literals. */
final class CArrays {
    private CArrays() {}

    static String int8(String name, byte[] v) {
        StringBuilder s = new StringBuilder("const int8_t " + name + "[" + v.length + "] = {");
        for (int i = 0; i < v.length; i++) s.append(i % 16 == 0 ? "\n    " : " ").append(v[i]).append(',');
        return s.append("\n};\n").toString();
    }

    static String int32(String name, int[] v) {
        StringBuilder s = new StringBuilder("const int32_t " + name + "[" + v.length + "] = {");
        for (int i = 0; i < v.length; i++) s.append(i % 8 == 0 ? "\n    " : " ").append(int32Literal(v[i])).append(',');
        return s.append("\n};\n").toString();
    }

    static String uint16(String name, int[] v) {
        StringBuilder s = new StringBuilder("const uint16_t " + name + "[" + v.length + "] = {");
        for (int i = 0; i < v.length; i++) s.append(i % 16 == 0 ? "\n    " : " ").append(v[i]).append(',');
        return s.append("\n};\n").toString();
    }

    static String int16(String name, int[] v) {
        StringBuilder s = new StringBuilder("const int16_t " + name + "[" + v.length + "] = {");
        for (int i = 0; i < v.length; i++) s.append(i % 16 == 0 ? "\n    " : " ").append(v[i]).append(',');
        return s.append("\n};\n").toString();
    }

    static String floats(String name, String size, float[] v) {
        StringBuilder s = new StringBuilder("const float " + name + "[" + size + "] = {");
        for (int i = 0; i < v.length; i++) s.append(i % 6 == 0 ? "\n    " : " ").append(floatLiteral(v[i])).append(',');
        return s.append("\n};\n").toString();
    }

    /** INT32_MIN cannot be written as a negated literal in C. */
    static String int32Literal(int v) {
        return v == Integer.MIN_VALUE ? "INT32_MIN" : Integer.toString(v);
    }

    /** The exact float as a C99 hex literal, e.g. 0x1.99999ap-4f. */
    static String floatLiteral(float f) {
        if (f == 0f) return "0.0f";
        return Float.toHexString(f) + "f";
    }
}
