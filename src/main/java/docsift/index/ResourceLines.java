package docsift.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The lines of a bundled word list (synonyms, irregular forms, acronyms, English words): UTF-8, stripped, with
 * blank lines and {@code #} comments left out. A missing or unreadable resource is a broken build, not an input
 * error, so it fails loudly. Stateless.
 */
public final class ResourceLines {
    private ResourceLines() {
    }

    /** The content lines of {@code resource}, found beside {@code owner}'s class path root. */
    public static List<String> read(Class<?> owner, String resource) {
        try (InputStream in = Objects.requireNonNull(owner.getResourceAsStream(resource), resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String content = line.strip();
                if (!content.isEmpty() && !content.startsWith("#")) {
                    lines.add(content);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
    }
}
