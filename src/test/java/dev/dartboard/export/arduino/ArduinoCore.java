package dev.dartboard.export.arduino;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Arduino mbed core headers for the Nano 33 BLE and their {@code compile-check.sh} (compile only, the core's
 * own flags), kept outside the repository. Found through {@code -Ddartboard.arduinoCore=DIR}, else the
 * environment variable {@code DARTBOARD_ARDUINO_CORE} (CI's {@code .ci/run} sets it where the machine has the core).
 * {@link #skipReason()} says why a test cannot use it (null: it can); a folder named explicitly that is not the
 * core is an error, not a skip.
 *
 * <p>{@link #outside} sorts the script's "still needed" symbols: each must be defined by the toolchain's libc,
 * libm or libgcc (the softfp multilib the core links), by the PDM library (its nRF52 sources compiled with the
 * same script), or be declared in the core's headers (the core's libmbed.a is not here, so for the core the
 * headers are the reference: a C symbol must be declared under that name, a C++ symbol's name and scopes must
 * appear there).
 */
public final class ArduinoCore {
    public static final String PROPERTY = "dartboard.arduinoCore", ENV = "DARTBOARD_ARDUINO_CORE";
    static final List<String> MCU = List.of("-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=softfp", "-mfpu=fpv4-sp-d16");
    private static Set<String> toolchainSymbols, pdmSymbols;
    private static String headerText;

    private ArduinoCore() { }

    /** The configured core folder, or null when none is configured. */
    public static Path dir() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) configured = System.getenv(ENV);
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            if (!Files.isRegularFile(p.resolve("compile-check.sh")))
                throw new IllegalStateException(PROPERTY + "/" + ENV + " = " + configured + " is not the Arduino core folder (no compile-check.sh)");
            return p.toAbsolutePath();
        }
        return null;
    }

    /** Why the compile check cannot run here, or null. */
    public static String skipReason() {
        if (dir() == null) return "skipped: no Arduino mbed core headers (set -D" + PROPERTY + "=DIR or " + ENV
                + " to the folder that holds the core headers and compile-check.sh)";
        for (String tool : List.of("arm-none-eabi-gcc", "arm-none-eabi-g++", "arm-none-eabi-nm", "c++filt", "bash"))
            if (!ArduinoLibraryTest.tool(tool)) return "skipped: no " + tool + " (apt-get install gcc-arm-none-eabi libnewlib-arm-none-eabi)";
        try {
            List<String> cmd = new ArrayList<>(List.of("arm-none-eabi-g++", "-x", "c++", "-fsyntax-only"));
            cmd.addAll(MCU);
            cmd.add("-");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getOutputStream().write("#include <cstdio>\n#include <cstdlib>\n".getBytes());
            p.getOutputStream().close();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0)
                return "skipped: arm-none-eabi-g++ has no C++ standard headers, which the core's headers include "
                        + "(apt-get install libstdc++-arm-none-eabi-newlib)";
        } catch (IOException | InterruptedException e) {
            return "skipped: arm-none-eabi-g++ did not run: " + e.getMessage();
        }
        return null;
    }

    /**
     * What compile-check.sh said about the files.
     * @param exit     0 when every file compiled
     * @param output   every line it printed
     * @param needed   the "still needed" symbols, demangled
     */
    public record Check(int exit, List<String> output, List<String> needed) {
        /** Compiler warnings and errors whose location is one of the files under {@code under}. */
        public List<String> messagesAbout(Path under) {
            String prefix = under.toAbsolutePath().normalize().toString();
            return output.stream().filter(l -> l.strip().startsWith(prefix) && (l.contains("warning") || l.contains("error"))).toList();
        }
    }

    /** Runs compile-check.sh OUT FILE... with EXTRA_INC = -I each include folder. */
    public static Check compile(Path out, List<Path> files, List<Path> includes) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", dir().resolve("compile-check.sh").toString(), out.toAbsolutePath().toString()));
        for (Path f : files) cmd.add(f.toAbsolutePath().normalize().toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("EXTRA_INC", String.join(" ", includes.stream().map(p -> "-I" + p.toAbsolutePath().normalize()).toList()));
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("compile-check.sh took over 300 s:\n" + text);
        }
        List<String> lines = List.of(text.split("\n"));
        String marker = "still needed from the core/PDM/libc:";
        List<String> needed = lines.stream().filter(l -> l.startsWith(marker)).findFirst()
                .map(l -> symbols(l.substring(marker.length()))).orElse(List.of());
        return new Check(p.exitValue(), lines, needed);
    }

    /** Splits the demangled, space-separated list: spaces inside (...) or <...> belong to one symbol. */
    static List<String> symbols(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (char ch : line.toCharArray()) {
            if (ch == '(' || ch == '<') depth++;
            if (ch == ')' || ch == '>') depth = Math.max(0, depth - 1);
            if (ch == ' ' && depth == 0) {
                if (!cur.isEmpty()) out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        if (!cur.isEmpty()) out.add(cur.toString());
        return out;
    }

    /** The needed symbols that neither libc/libm/libgcc, nor the PDM library, nor the core's headers provide, with why. */
    public static Map<String, String> outside(List<String> needed, Path scratch) throws IOException, InterruptedException {
        Map<String, String> bad = new LinkedHashMap<>();
        for (String s : needed) {
            if (toolchain().contains(s) || pdm(scratch).contains(s)) continue;
            if (!declaredByCore(s)) bad.put(s, "not in libc/libm/libgcc, not defined by PDM, not declared by the core's headers");
        }
        return bad;
    }

    /** Global symbols defined by libc.a, libm.a and libgcc.a of the core's multilib (thumb/v7e-m+fp/softfp). */
    static synchronized Set<String> toolchain() throws IOException, InterruptedException {
        if (toolchainSymbols != null) return toolchainSymbols;
        Set<String> s = new HashSet<>();
        for (String lib : List.of("-print-file-name=libc.a", "-print-file-name=libm.a", "-print-libgcc-file-name")) {
            List<String> cmd = new ArrayList<>(List.of("arm-none-eabi-gcc"));
            cmd.addAll(MCU);
            cmd.add(lib);
            String path = exec(cmd).strip();
            if (!Files.isRegularFile(Path.of(path))) throw new IOException("no " + lib + " for the softfp multilib: " + path);
            s.addAll(defined(List.of(path)));
        }
        return toolchainSymbols = s;
    }

    /** Global symbols defined by the core's PDM library for the nRF52 (compiled with compile-check.sh). */
    static synchronized Set<String> pdm(Path scratch) throws IOException, InterruptedException {
        if (pdmSymbols != null) return pdmSymbols;
        Path src = dir().resolve("libraries/PDM/src");
        Path out = scratch.resolve("pdm");
        Check c = compile(out, List.of(src.resolve("nrf52/PDM.cpp"), src.resolve("utility/PDMDoubleBuffer.cpp")), List.of());
        if (c.exit() != 0) throw new IOException("the core's PDM library did not compile:\n" + String.join("\n", c.output()));
        try (Stream<Path> objs = Files.list(out)) {
            return pdmSymbols = defined(objs.filter(p -> p.toString().endsWith(".o")).map(Path::toString).toList());
        }
    }

    /**
     * A C symbol: declared in a header of cores/ or variants/ as a function, variable or array of that name. A C++ symbol
     * (demangled, with a parameter list or a scope): its unqualified name declared the same way and every enclosing scope
     * named there. So {@code sbrk(int)}, a C++-linkage function no header declares, is outside.
     */
    static boolean declaredByCore(String symbol) throws IOException {
        String text = headers();
        String bare = symbol.contains("(") ? symbol.substring(0, symbol.indexOf('(')) : symbol;
        String[] scopes = bare.split("::");
        String name = scopes[scopes.length - 1];
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) return false;
        if (!Pattern.compile("\\b" + name + "\\s*[(;\\[,=]").matcher(text).find()) return false;
        for (int i = 0; i < scopes.length - 1; i++)
            if (!Pattern.compile("\\b(namespace|class|struct)\\s+" + Pattern.quote(scopes[i]) + "\\b").matcher(text).find()) return false;
        return true;
    }

    private static synchronized String headers() throws IOException {
        if (headerText != null) return headerText;
        StringBuilder b = new StringBuilder();
        for (String root : List.of("cores", "variants"))
            try (Stream<Path> files = Files.walk(dir().resolve(root))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".h")).toList()) b.append(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1)).append('\n');
            }
        return headerText = b.toString();
    }

    /** Demangled global symbols defined by the objects or archives. */
    private static Set<String> defined(List<String> files) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("arm-none-eabi-nm", "-g", "--defined-only", "-C"));
        cmd.addAll(files);
        Set<String> s = new HashSet<>();
        for (String line : exec(cmd).split("\n")) {
            String[] f = line.strip().split(" ", 3);
            if (f.length == 3 && f[0].matches("[0-9a-fA-F]+")) s.add(f[2]);
        }
        return s;
    }

    private static String exec(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException(String.join(" ", cmd) + " failed:\n" + out);
        return out;
    }
}
