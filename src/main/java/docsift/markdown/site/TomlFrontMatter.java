package docsift.markdown.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the TOML front matter of Hugo pages ({@code +++ ... +++}) as the YAML front matter the parser knows:
 * {@code title = "Install"} becomes {@code title: "Install"}, and lines that are no plain key and value
 * (tables, arrays over several lines) are left blank. Without it the block was the first paragraph of the page,
 * and the title was the file name. The file keeps its lines, so line numbers hold. Stateless.
 */
final class TomlFrontMatter {
    private static final String FENCE = "+++";
    /** {@code key = value} on one line. */
    private static final Pattern ENTRY = Pattern.compile("[ \\t]*([A-Za-z0-9_-]+)[ \\t]*=[ \\t]*(.*?)[ \\t]*");

    private TomlFrontMatter() {
    }

    /** The source with a leading TOML front matter rewritten as YAML, or {@code source} when it has none. */
    static String asYaml(String source) {
        if (!source.startsWith(FENCE, indent(source))) {
            return source; // most files: no copy, no split
        }
        String[] lines = source.split("\n", -1);
        if (lines.length < 2 || !lines[0].strip().equals(FENCE)) {
            return source;
        }
        int close = 1;
        while (close < lines.length && !lines[close].strip().equals(FENCE)) {
            close++;
        }
        if (close == lines.length) {
            return source;
        }
        lines[0] = "---";
        lines[close] = "---";
        for (int i = 1; i < close; i++) {
            Matcher entry = ENTRY.matcher(lines[i].stripTrailing());
            lines[i] = entry.matches() ? entry.group(1) + ": " + entry.group(2) : "";
        }
        return String.join("\n", lines);
    }

    private static int indent(String text) {
        int at = 0;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }
}
