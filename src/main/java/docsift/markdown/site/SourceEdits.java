package docsift.markdown.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Replacements of ranges of a Markdown source, applied in order of position whatever order they were found in;
 * one overlapping an earlier one is dropped. With the line helpers the markup removers share. Not thread-safe;
 * one per removal pass.
 */
final class SourceEdits {
    private record Edit(int from, int to, String replacement) {
    }

    private final String source;
    private final List<Edit> edits = new ArrayList<>();

    SourceEdits(String source) {
        this.source = source;
    }

    /** Characters that would be Markdown in text written back into a source. */
    private static final Pattern MARKDOWN_SPECIALS = Pattern.compile("[\\\\`*_\\[\\]<>&{}#!|]");

    /** {@code text} to write into a Markdown source so that it stays text: Markdown's own characters escaped. */
    static String asText(String text) {
        return MARKDOWN_SPECIALS.matcher(text).replaceAll("\\\\$0");
    }

    void replace(int from, int to, String replacement) {
        edits.add(new Edit(from, to, replacement));
    }

    /** The source with the replacements made; the source itself when there are none. */
    String result() {
        if (edits.isEmpty()) {
            return source;
        }
        edits.sort(Comparator.comparingInt(Edit::from));
        StringBuilder text = new StringBuilder(source.length());
        int copied = 0;
        for (Edit edit : edits) {
            if (edit.from() >= copied) {
                text.append(source, copied, edit.from()).append(edit.replacement());
                copied = edit.to();
            }
        }
        return text.append(source, copied, source.length()).toString();
    }

    /** Where the line starting at {@code from} ends (before its line break), at most {@code limit}. */
    static int lineEnd(String source, int from, int limit) {
        int at = from;
        while (at < limit && source.charAt(at) != '\n' && source.charAt(at) != '\r') {
            at++;
        }
        return at;
    }

    /** Where the line after the one starting at {@code from} starts; {@code limit} when there is none. */
    static int nextLine(String source, int from, int limit) {
        int at = lineEnd(source, from, limit);
        if (at < limit && source.charAt(at) == '\r') {
            at++;
        }
        if (at < limit && source.charAt(at) == '\n') {
            at++;
        }
        return at == from ? limit : at;
    }
}
