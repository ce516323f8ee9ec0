package dev.dartboard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The repository documents itself (docs/architecture.md, docs/stack-notes.md): no file of the source tree
 * points at notes or scripts that only existed beside the repository, every relative Markdown link resolves
 * to a file inside it, and every {@code docs/<page>.md#anchor} pointer (in comments, scripts, docs) names a
 * heading that the page has. Scans the working tree from the project root, skipping build output and
 * folders git ignores.
 */
class SelfContainedRepositoryTest {
    /** References to files outside the repository. Written escaped so that this file does not match itself. */
    static final List<Pattern> OUTSIDE = List.of(
            Pattern.compile("DESIGN\\.md"),
            Pattern.compile("STACK\\-NOTES"),
            Pattern.compile("\\.\\./shared\\b"),
            Pattern.compile("/work/\\Qshared\\E\\b"),
            Pattern.compile("(?<![\\w./-])\\Qshared/bench\\E"));
    private static final Pattern MD_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern DOC_ANCHOR = Pattern.compile("\\b(docs/[\\w./-]+\\.md)#([\\w-]+)");
    private static final Set<String> SKIPPED_DIRS = Set.of(".git", "target", ".idea", ".vscode");
    private static final Set<String> SKIPPED_ROOT_DIRS = Set.of("runs", "tmp", "firmware/build");

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void noFilePointsOutsideTheRepository() throws IOException {
        assertTrue(Files.isRegularFile(ROOT.resolve("pom.xml")), "tests run from the project root: " + ROOT);
        assertEquals(List.of(), outsideReferences(ROOT), "files that reference files a clone does not have");
    }

    @Test
    void markdownLinksAndDocAnchorsResolveInsideTheRepository() throws IOException {
        assertEquals(List.of(), brokenLinks(ROOT), "links to missing files, files outside the repository or missing headings");
    }

    /** The planted texts are split with '+' so that this source file does not match its own scans. */
    @Test
    void theScansFindWhatTheyLookFor(@TempDir Path dir) throws IOException {
        String guide = "docs/" + "guide.md";
        write(dir, "pom.xml", "<project/>");
        write(dir, "src/A.java", "/** see the STACK" + "-NOTES, jssc */\nclass A {}\n");
        write(dir, "bench/b.sh", "ok line\nPEER=../" + "shared" + "/bench/peer.py\n# the peer: shared" + "/bench/peer.py\n");
        write(dir, "c.h", "/* DESIGN" + ".md section 4 */");
        write(dir, "target/ignored.txt", "DESIGN" + ".md");
        Files.write(dir.resolve("clip.wav"), ("RIFF\0\0DESIGN" + ".md").getBytes(StandardCharsets.UTF_8));
        write(dir, guide, "# Run folder\n\n## Adding a board\n\n[ok](../pom.xml) [gone](missing.md) [out](../../x.md) "
                + "[web](https://example.org/a.md) [heading](guide.md#adding-a-board) [no heading](#nowhere)\n");
        write(dir, "src/B.java", "// " + guide + "#run-folder and " + guide + "#run-folders");

        assertEquals(List.of("bench/b.sh:2: ../" + "shared", "bench/b.sh:3: shared" + "/bench", "c.h:1: DESIGN" + ".md",
                "src/A.java:1: STACK" + "-NOTES"), outsideReferences(dir));
        assertEquals(List.of(guide + ":5: missing.md", guide + ":5: ../../x.md", guide + ":5: #nowhere",
                "src/B.java:1: " + guide + "#run-folders"), brokenLinks(dir));
    }

    /** "path:line: match" for every outside reference under {@code root}, in path order. */
    static List<String> outsideReferences(Path root) throws IOException {
        List<String> hits = new ArrayList<>();
        for (Path f : files(root)) {
            List<String> lines = lines(f);
            for (int i = 0; i < lines.size(); i++)
                for (Pattern p : OUTSIDE) {
                    Matcher m = p.matcher(lines.get(i));
                    while (m.find()) hits.add(name(root, f) + ":" + (i + 1) + ": " + m.group());
                }
        }
        return hits;
    }

    /** "path:line: target" for relative Markdown links that miss, leave the root or name no heading; doc anchors likewise. */
    static List<String> brokenLinks(Path root) throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path f : files(root)) {
            List<String> lines = lines(f);
            boolean markdown = f.getFileName().toString().endsWith(".md");
            for (int i = 0; i < lines.size(); i++) {
                String where = name(root, f) + ":" + (i + 1) + ": ";
                if (markdown) {
                    Matcher m = MD_LINK.matcher(lines.get(i));
                    while (m.find()) if (!linkResolves(root, f, m.group(1))) broken.add(where + m.group(1));
                }
                Matcher a = DOC_ANCHOR.matcher(lines.get(i));
                while (a.find()) if (!anchorResolves(root.resolve(a.group(1)), a.group(2))) broken.add(where + a.group());
            }
        }
        return broken;
    }

    private static boolean linkResolves(Path root, Path from, String link) throws IOException {
        if (link.matches("^[a-zA-Z][a-zA-Z+.-]*:.*")) return true;           // http:, https:, mailto:
        int hash = link.indexOf('#');
        String path = hash < 0 ? link : link.substring(0, hash);
        Path target = path.isEmpty() ? from : from.getParent().resolve(path).normalize();
        if (!target.startsWith(root) || !Files.exists(target)) return false;
        return hash < 0 || anchorResolves(target, link.substring(hash + 1));
    }

    private static boolean anchorResolves(Path page, String anchor) throws IOException {
        if (!Files.isRegularFile(page)) return false;
        for (String l : lines(page)) if (l.startsWith("#") && slug(l.replaceFirst("^#+\\s*", "")).equals(anchor)) return true;
        return false;
    }

    /** GitHub's heading anchor: lower case, punctuation other than '-' and '_' dropped, spaces to '-'. */
    static String slug(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !skipped(root, p)).filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static boolean skipped(Path root, Path p) {
        Path rel = root.relativize(p);
        if (SKIPPED_ROOT_DIRS.stream().anyMatch(d -> rel.startsWith(d))) return true;
        for (Path part : rel) if (SKIPPED_DIRS.contains(part.toString())) return true;
        return false;
    }

    /** The lines of a text file (UTF-8, malformed bytes replaced); none for a binary file (one with a NUL byte). */
    private static List<String> lines(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        for (byte b : bytes) if (b == 0) return List.of();
        return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }

    private static String name(Path root, Path f) { return root.relativize(f).toString().replace('\\', '/'); }

    private static void write(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }
}
