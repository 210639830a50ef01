package docsift.markdown.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MkDocs snippets (pymdownx.snippets): a line {@code --8<-- "file.md"} becomes the file's text, indented like
 * the line, and so does each file named between two lines of {@code --8<--}. A name may end in a line range
 * ({@code file.md:3:8}). Files are looked for from the corpus root, which is the MkDocs project or its
 * {@code docs} folder: {@code name}, then {@code docs/name}, then {@code name} without a leading {@code docs/}.
 * A snippet that is not found stays as written (pymdownx would fail the build or leave it, by its settings).
 * Stateless.
 */
final class SnippetIncludes {
    private static final Pattern SINGLE = Pattern.compile("([ \\t]*)-+8<-+[ \\t]+([\"'])([^\"'\\r\\n]+)\\2[ \\t]*");
    private static final Pattern FENCE = Pattern.compile("([ \\t]*)-+8<-+[ \\t]*");
    private static final Pattern RANGE = Pattern.compile("(.+?):(\\d+)(?::(\\d+))?");

    private SnippetIncludes() {
    }

    static String expand(String text, IncludeExpander expander) {
        if (!text.contains("8<-")) {
            return text;
        }
        List<String> lines = List.of(text.split("\n", -1));
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = strip(lines.get(i));
            Matcher single = SINGLE.matcher(line);
            Matcher fence = FENCE.matcher(line);
            if (single.matches()) {
                out.add(snippet(single.group(3), single.group(1), expander).orElse(lines.get(i)));
            } else if (fence.matches() && closing(lines, i) > i) {
                int end = closing(lines, i);
                out.addAll(block(lines.subList(i + 1, end), fence.group(1), expander).orElse(lines.subList(i, end + 1)));
                i = end;
            } else {
                out.add(lines.get(i));
            }
        }
        return String.join("\n", out);
    }

    private static String strip(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** The line of the block's closing {@code --8<--}, or -1. */
    private static int closing(List<String> lines, int open) {
        for (int i = open + 1; i < lines.size(); i++) {
            if (FENCE.matcher(strip(lines.get(i))).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** Each named file of a block, in order; empty when none was found. */
    private static Optional<List<String>> block(List<String> names, String indent, IncludeExpander expander) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            String file = strip(name).strip();
            if (!file.isEmpty() && !file.startsWith(";")) {
                snippet(file, indent, expander).ifPresent(out::add);
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    private static Optional<String> snippet(String name, String indent, IncludeExpander expander) {
        Matcher range = RANGE.matcher(name);
        String file = range.matches() ? range.group(1) : name;
        Optional<String> text = expander.include(candidates(file.strip()), java.util.Map.of());
        return text.map(t -> range.matches() ? lines(t, range.group(2), range.group(3)) : t)
                .map(t -> indent(t.endsWith("\n") ? t.substring(0, t.length() - 1) : t, indent));
    }

    private static List<String> candidates(String name) {
        List<String> candidates = new ArrayList<>();
        IncludePaths.resolve("", name).ifPresent(candidates::add);
        IncludePaths.resolve("docs", name).ifPresent(candidates::add);
        if (name.startsWith("docs/")) {
            IncludePaths.resolve("", name.substring("docs/".length())).ifPresent(candidates::add);
        }
        return candidates;
    }

    /** Lines {@code from} to {@code to} (1-based, inclusive; to the end without {@code to}). */
    private static String lines(String text, String from, String to) {
        List<String> all = List.of(text.split("\n", -1));
        int start = Math.max(1, Integer.parseInt(from)) - 1;
        int end = to == null ? all.size() : Math.min(all.size(), Integer.parseInt(to));
        return start >= end ? "" : String.join("\n", all.subList(start, end));
    }

    private static String indent(String text, String indent) {
        return indent.isEmpty() ? text : indent + text.replace("\n", "\n" + indent);
    }
}
