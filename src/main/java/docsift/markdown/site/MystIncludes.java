package docsift.markdown.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MyST's include directive, {@code ```{include} path} (or with a {@code :::} fence) up to its closing fence:
 * the fence becomes the file's text. The path is relative to the including file, or to the corpus root when it
 * starts with a slash (Sphinx's source folder). Options ({@code :start-after:}, {@code :heading-offset:}) are not
 * applied: the whole file is included. An include that is not found stays a directive, which
 * {@link MystDirectives} drops as before. Stateless.
 */
final class MystIncludes {
    private static final Pattern OPEN = Pattern.compile("([ \\t]{0,3})(`{3,}|:{3,})\\{include}[ \\t]+(\\S+)[ \\t]*\\r?");

    private MystIncludes() {
    }

    static String expand(String text, IncludeExpander expander, String fileId) {
        if (!text.contains("{include}")) {
            return text;
        }
        List<String> lines = List.of(text.split("\n", -1));
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = OPEN.matcher(lines.get(i));
            int close = open.matches() ? closing(lines, i, open.group(2)) : -1;
            if (close < 0) {
                out.add(lines.get(i));
                continue;
            }
            List<String> candidates = IncludePaths.resolve(IncludePaths.folderOf(fileId), open.group(3)).stream().toList();
            var included = expander.include(candidates, java.util.Map.of());
            if (included.isPresent()) {
                out.add(included.get());
                i = close;
            } else {
                out.add(lines.get(i));
            }
        }
        return String.join("\n", out);
    }

    /** The line closing a fence opened with {@code fence}: the same character, at least as many, nothing else. */
    private static int closing(List<String> lines, int open, String fence) {
        Pattern close = Pattern.compile("[ \\t]{0,3}" + Pattern.quote(fence.substring(0, 1)) + "{" + fence.length()
                + ",}[ \\t]*\\r?");
        for (int i = open + 1; i < lines.size(); i++) {
            if (close.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }
}
