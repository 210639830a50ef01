package docsift.markdown.site;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the markup of MyST pages (Sphinx's Markdown) into the Markdown a reader of the built site sees:
 * directive fences ({@link MystDirectives} says what each holds), roles before code spans and target labels.
 * Line breaks are kept, so the text has the file's lines. Stateless.
 */
final class MystMarkup {
    /** A MyST target label on a line of its own before a heading, {@code (config-file)=}: no text. */
    private static final Pattern MYST_LABEL = Pattern.compile("[ \\t]*\\([\\w.:-]+\\)=[ \\t]*");
    /** What an admonition's body lines are indented by, as MkDocs admonitions are written. */
    private static final String BOX_INDENT = "    ";
    /** A MyST role's name right before a code span: {@code {ref}}, {@code {py:class}}. */
    private static final Pattern ROLE = Pattern.compile("\\{([A-Za-z][\\w:.-]*)\\}$");
    /** A role's text and its target: {@code Installing <install>}. */
    private static final Pattern ROLE_TARGET = Pattern.compile("(.*\\S)\\s*<[^<>]+>");
    /** Roles whose span is a reference: the reader sees its text (or its target when it has none), not code. */
    private static final Set<String> REFERENCE_ROLES = Set.of("ref", "doc", "term", "any",
            "numref", "download", "external", "std:ref", "std:doc", "std:term");

    private MystMarkup() {
    }

    /** True for a target label line, {@code (config-file)=}, which is no text. */
    static boolean isLabel(String source, int line, int lineEnd) {
        return MYST_LABEL.matcher(source).region(line, lineEnd).matches();
    }

    /**
     * A MyST directive fence that holds text loses its fence lines and its options, keeping the title as a
     * line of its own; one that holds nothing to read goes whole; code stays code, without its options.
     */
    static void unwrapDirective(String source, FencedCodeBlock fence, SourceEdits edits) {
        MystDirectives.Directive directive = MystDirectives.of(fence);
        if (directive == null) {
            return;
        }
        int end = Math.min(fence.getEndOffset(), source.length());
        int open = fence.getStartOffset();
        int close = fence.getClosingMarker().isNull() ? end : fence.getClosingMarker().getStartOffset();
        int body = SourceEdits.nextLine(source, open, end);
        switch (directive.kind()) {
            case NOTHING -> {
                for (int line = open; line < end; line = SourceEdits.nextLine(source, line, end)) {
                    edits.replace(line, SourceEdits.lineEnd(source, line, end), "");
                }
                return;
            }
            case CODE -> {
                if (directive.language() != null) {
                    removeOptions(source, body, close, edits);
                }
                return;
            }
            default -> unwrapText(source, fence, directive, edits);
        }
    }

    /**
     * A directive that holds text: the opening fence becomes its title (an admonition box when its lines can be
     * indented, not inside a quote's "> "), the options go, and so does the closing fence.
     */
    private static void unwrapText(String source, FencedCodeBlock fence, MystDirectives.Directive directive,
                                   SourceEdits edits) {
        int end = Math.min(fence.getEndOffset(), source.length());
        int open = fence.getStartOffset();
        int close = fence.getClosingMarker().isNull() ? end : fence.getClosingMarker().getStartOffset();
        int body = SourceEdits.nextLine(source, open, end);
        String title = directive.kind() == MystDirectives.Kind.PROSE ? directive.argument() : "";
        boolean box = directive.kind() == MystDirectives.Kind.PROSE && !insideQuote(fence);
        String opening = box ? "!!! " + directive.boxType() + (title.isEmpty() ? "" : " \"" + title.replace('"', '\'') + "\"")
                : title.isEmpty() ? "" : title + "  ";
        edits.replace(open, SourceEdits.lineEnd(source, open, end), opening);
        for (int line = removeOptions(source, body, close, edits); box && line < close;
                line = SourceEdits.nextLine(source, line, close)) {
            if (SourceEdits.lineEnd(source, line, close) > line) {
                edits.replace(line, line, BOX_INDENT);
            }
        }
        if (close < end) {
            edits.replace(close, SourceEdits.lineEnd(source, close, end), "");
        }
    }

    private static boolean insideQuote(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof BlockQuote) {
                return true;
            }
        }
        return false;
    }

    /**
     * A MyST role before a code span ({@code {pep}`517`}, {@code {ref}`Installing <install>`}) says what the span
     * names; Markdown showed the role's name and the span as written. A cross-reference role becomes its text, a
     * PEP or RFC its name ("PEP 517"), any other role (a Python name, an option) the code span alone.
     */
    static boolean readRole(Node inline, SourceEdits edits) {
        if (!(inline instanceof Code code) || !(code.getPrevious() instanceof Text before)) {
            return !(inline instanceof Code);
        }
        Matcher role = ROLE.matcher(before.getChars());
        if (!role.find()) {
            return false;
        }
        String name = role.group(1).toLowerCase(Locale.ROOT);
        String content = code.getText().toString().strip();
        int roleStart = before.getStartOffset() + role.start();
        if (REFERENCE_ROLES.contains(name) || name.equals("pep") || name.equals("rfc")) {
            Matcher target = ROLE_TARGET.matcher(content);
            String text = target.matches() ? target.group(1) : content;
            text = name.equals("pep") || name.equals("rfc") ? name.toUpperCase(Locale.ROOT) + " " + text : text;
            // The visible text, with Markdown's own characters escaped so that it stays text.
            edits.replace(roleStart, code.getEndOffset(), SourceEdits.asText(text));
        } else {
            edits.replace(roleStart, before.getEndOffset(), "");
        }
        return false;
    }

    /**
     * A directive's options at the start of its body: "---" YAML lines, or ":name: value" lines. Returns where the
     * body goes on after them.
     */
    private static int removeOptions(String source, int body, int close, SourceEdits edits) {
        int line = body;
        if (line < close && source.substring(line, SourceEdits.lineEnd(source, line, close)).strip().equals("---")) {
            // Options as a YAML block between two "---" lines.
            do {
                edits.replace(line, SourceEdits.lineEnd(source, line, close), "");
                line = SourceEdits.nextLine(source, line, close);
            } while (line < close && !source.substring(line, SourceEdits.lineEnd(source, line, close)).strip().equals("---"));
            if (line < close) {
                edits.replace(line, SourceEdits.lineEnd(source, line, close), "");
                line = SourceEdits.nextLine(source, line, close);
            }
        }
        while (line < close && MystDirectives.OPTION.matcher(source).region(line, SourceEdits.lineEnd(source, line, close)).matches()) {
            edits.replace(line, SourceEdits.lineEnd(source, line, close), "");
            line = SourceEdits.nextLine(source, line, close);
        }
        return line;
    }
}
