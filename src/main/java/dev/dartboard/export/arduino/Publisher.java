package dev.dartboard.export.arduino;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Who publishes a generated Arduino library: {@code library.properties}' {@code maintainer} ("Name &lt;e-mail&gt;",
 * as the library specification asks) and {@code url} (the library's home page, an absolute http(s) URI).
 * {@link #PLACEHOLDER} uses the reserved {@code .invalid} domain: it satisfies the specification and says plainly
 * that nobody has claimed the library yet; set real values ({@code dartboard export --maintainer --url}) before
 * publishing. Immutable.
 */
public record Publisher(String maintainer, String url) {
    private static final Pattern MAINTAINER = Pattern.compile("[^<>\\r\\n]*[^<>\\s][^<>\\r\\n]* <[^<>@\\s]+@[^<>@\\s]+\\.[^<>@\\s]+>");
    public static final Publisher PLACEHOLDER = new Publisher("Dartboard user <maintainer@dartboard.invalid>", "https://dartboard.invalid/");

    /** @throws IllegalArgumentException naming the option and the problem */
    public Publisher {
        if (maintainer == null || !MAINTAINER.matcher(maintainer).matches())
            throw new IllegalArgumentException("--maintainer must be 'Name <e-mail>' (Arduino library specification), got: " + maintainer);
        if (maintainer.regionMatches(true, 0, "arduino", 0, 7))
            throw new IllegalArgumentException("--maintainer may not start with 'Arduino' (reserved for official libraries): " + maintainer);
        if (!isWebAddress(url)) throw new IllegalArgumentException("--url must be an absolute http(s) address, got: " + url);
    }

    private static boolean isWebAddress(String url) {
        if (url == null) return false;
        try {
            URI u = new URI(url);
            return ("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme())) && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
