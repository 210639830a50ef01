package docsift.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the markup that documentation site generators put in the text, which their readers never see as
 * text. Code is never touched, and line breaks are kept, so the text has the file's lines. Stateless.
 * <ul>
 *   <li>The import and export statements of MDX pages ({@code import Tabs from '@theme/Tabs';}): build code,
 *       and otherwise the first words of every page's lead section. A paragraph that starts with one goes
 *       whole (an export may span lines). The statements are so specific ({@code import X from '...'},
 *       {@code export const}) that a plain Markdown file has them only as the same build code; "import" in
 *       prose stays.</li>
 *   <li>The fences of directive containers, the admonitions of Docusaurus, VuePress and Pandoc
 *       ({@code :::tip Use a TTL} ... {@code :::}, {@code :::note[Title]}, {@code ::: {.warning}}): the
 *       title stays as a line of text of its own (a hard line break follows it), the markers go, so snippets
 *       read "Use a TTL", then "Always set...", rather than ":::tip Use a TTL".</li>
 *   <li>The fences of PyMdown blocks ({@code /// tip | Title} ... {@code ///}), kept as their title, like the
 *       directive fences above.</li>
 *   <li>The content tabs of MkDocs Material ({@code === "Python"} over an indented body), read as the
 *       admonitions they are laid out like, so that their bodies are text, not indented code.</li>
 *   <li>The attribute list that ends a heading ({@code ## Steps {#steps}}): its id becomes the anchor.</li>
 *   <li>The marker of a GitHub alert ({@code > [!WARNING]}), which becomes the bold word it stands for.</li>
 *   <li>Table-of-contents placeholders ({@code [TOC]} of Python-Markdown, {@code [[toc]]} of VuePress,
 *       {@code [[_TOC_]]} of GitLab), which the site replaces with links.</li>
 *   <li>MyST roles before code spans ({@code {pep}`517`}, {@code {ref}`Text <target>`}): see {@link #readRole}.</li>
 *   <li>Build-time code includes on a line of their own ({@code {* ../../docs_src/tutorial001.py *}}).</li>
 *   <li>MyST target labels ({@code (config-file)=} before a heading), which are no text.</li>
 *   <li>The fences of MyST directives ({@code ```{note}}, {@code ```{admonition} Title}, at any depth), which a
 *       CommonMark parser takes for code: see {@link MystDirectives}. Their option lines
 *       ({@code :class: tip}) go too. One pass unwraps one level of nested directives.</li>
 * </ul>
 */
final class SiteMarkup {
    /** The start of an ES module statement: {@code import 'x'}, {@code import X from 'x'}, {@code export const}. */
    private static final Pattern MODULE_STATEMENT = Pattern.compile(
            "(import\\s+(['\"]|[\\w*{][^'\"\\n]*\\sfrom\\s+['\"])"
            + "|export\\s+(default\\b|const\\s|let\\s|var\\s|function\\s|async\\s+function\\s|class\\s|\\{|\\*))");
    /** A content tab line of MkDocs Material: {@code === "Title"}, or {@code ===! "Title"} / {@code ===+ "Title"}. */
    private static final Pattern TAB = Pattern.compile("([ \\t]*)===[!+]?[ \\t]+(\"[^\"\\n]*\")[ \\t]*");
    /**
     * A fence of a PyMdown block ({@code /// note | Title}, {@code //// tab | Python 3.10+}, {@code ///}), as
     * FastAPI's and other MkDocs sites' pages write admonitions and tabs: slashes, a block name, a title after '|'.
     */
    private static final Pattern BLOCK_FENCE = Pattern.compile(
            "[ \\t]*/{3,}[ \\t]*(?:([A-Za-z][\\w-]*)[ \\t]*(?:\\|[ \\t]*([^\\n]*))?)?[ \\t]*");
    /** The block names a slash fence may open: no sentence of prose starts with "/// tip". */
    private static final java.util.Set<String> BLOCK_NAMES = java.util.Set.of("admonition", "note", "tip", "warning",
            "danger", "details", "tab", "info", "example", "quote", "abstract", "bug", "failure", "success", "question",
            "todo", "attention", "caution", "error", "hint", "important", "check", "caption", "html", "define");
    /** One attribute of an attribute list: {@code #id}, {@code .class} or {@code key=value}. */
    private static final String ATTRIBUTE = "(?:[#.][A-Za-z][\\w:.-]*|[A-Za-z][\\w-]*=(?:\"[^\"]*\"|'[^']*'|[^\\s}\"']+))";
    /** An attribute list at the end of a heading's text: {@code {#id}}, {@code { #id .class }}, {@code {: #id}}. */
    private static final Pattern HEADING_ATTRIBUTES = Pattern.compile(
            "\\s*\\{:?\\s*(" + ATTRIBUTE + "(?:\\s+" + ATTRIBUTE + ")*)\\s*\\}\\s*$");
    private static final Pattern ATTRIBUTE_ID = Pattern.compile("(?:^|\\s)#([A-Za-z][\\w:.-]*)");
    /** A heading id kept by {@link #hideHeadingAttributes}. */
    private static final Pattern KEPT_ID = Pattern.compile("<!--#([A-Za-z][\\w:.-]*)-->");
    /** A MyST target label on a line of its own before a heading, {@code (config-file)=}: no text. */
    private static final Pattern MYST_LABEL = Pattern.compile("[ \\t]*\\([\\w.:-]+\\)=[ \\t]*");
    /** A table-of-contents placeholder on a line of its own: {@code [TOC]}, {@code [[toc]]}, {@code [[_TOC_]]}. */
    private static final Pattern TOC_MARKER = Pattern.compile("(?i)[ \\t]*(\\[TOC\\]|\\[\\[_?TOC_?\\]\\])[ \\t]*");
    /** What an admonition's body lines are indented by, as MkDocs admonitions are written. */
    private static final String BOX_INDENT = "    ";
    /** A MyST role's name right before a code span: {@code {ref}}, {@code {py:class}}. */
    private static final Pattern ROLE = Pattern.compile("\\{([A-Za-z][\\w:.-]*)\\}$");
    /** A role's text and its target: {@code Installing <install>}. */
    private static final Pattern ROLE_TARGET = Pattern.compile("(.*\\S)\\s*<[^<>]+>");
    /** Roles whose span is a reference: the reader sees its text (or its target when it has none), not code. */
    private static final java.util.Set<String> REFERENCE_ROLES = java.util.Set.of("ref", "doc", "term", "any",
            "numref", "download", "external", "std:ref", "std:doc", "std:term");
    /** Characters that would be Markdown in a role's text written back as text. */
    private static final Pattern MARKDOWN_SPECIALS = Pattern.compile("[\\\\`*_\\[\\]<>&{}#!|]");
    /**
     * A line that includes a source file at build time, as FastAPI's docs show their examples
     * ({@code {* ../../docs_src/first_steps/tutorial001.py hl[3] *}}): a path, not text; the file is not here.
     */
    private static final Pattern CODE_INCLUDE = Pattern.compile("[ \\t]*\\{\\*[^\\n]*\\*\\}[ \\t]*");
    /** The marker of a GitHub alert. */
    private static final Pattern ALERT = Pattern.compile("\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\]",
            Pattern.CASE_INSENSITIVE);
    /** A directive fence line: colons, an optional type or {attributes}, then an optional [title] or title. */
    private static final Pattern FENCE = Pattern.compile("[ \\t]*:{3,}[ \\t]*(?:[A-Za-z][\\w-]*|\\{[^}\\n]*\\})?"
            + "(?:\\[([^\\]\\n]*)\\])?[ \\t]*([^\\n]*)");

    private SiteMarkup() {
    }

    /** The source without that markup, or {@code source} itself when it has none. */
    static String remove(String source, Document document) {
        Edits edits = new Edits(source);
        // Roles are rare: only a text with "}`" in it has its paragraphs' inline content walked for them.
        boolean roles = source.contains("}`");
        TreeWalk.preOrder(document, node -> {
            if (node instanceof Paragraph paragraph) {
                if (paragraph.getParent() instanceof Document) {
                    removeFromParagraph(source, paragraph, edits);
                } else if (paragraph.getParent() instanceof BlockQuote && paragraph.getPrevious() == null) {
                    nameAlert(paragraph, edits);
                }
                if (roles) {
                    TreeWalk.preOrder(paragraph, inline -> readRole(inline, edits));
                }
                return false;
            }
            if (node instanceof FencedCodeBlock fence) {
                unwrapDirective(source, fence, edits);
                return false;
            }
            if (node instanceof Heading heading) {
                hideHeadingAttributes(heading, edits);
                return false;
            }
            // Only containers of blocks (lists, items, quotes) can hold more fences; text holds none.
            return node instanceof Document || node instanceof Block && !(node instanceof Heading
                    || node instanceof TableBlock || node instanceof HtmlBlock || node instanceof IndentedCodeBlock);
        });
        return edits.result();
    }

    private static void removeFromParagraph(String source, Paragraph block, Edits edits) {
        int end = block.getEndOffset();
        boolean moduleStatement = MODULE_STATEMENT.matcher(block.getChars()).lookingAt();
        for (int line = block.getStartOffset(); line < end; line = nextLine(source, line, end)) {
            int lineEnd = lineEnd(source, line, end);
            String replacement = moduleStatement ? "" : fenceTitle(source, line, lineEnd);
            if (replacement == null) {
                replacement = tabAsAdmonition(source, line, lineEnd);
            }
            if (replacement == null && (MYST_LABEL.matcher(source).region(line, lineEnd).matches()
                    || TOC_MARKER.matcher(source).region(line, lineEnd).matches()
                    || CODE_INCLUDE.matcher(source).region(line, lineEnd).matches())) {
                replacement = "";
            }
            if (replacement != null) {
                edits.replace(line, lineEnd, replacement);
            }
        }
    }

    /**
     * A MyST directive fence that holds text loses its fence lines and its options, keeping the title as a
     * line of its own; one that holds nothing to read goes whole; code stays code, without its options.
     */
    private static void unwrapDirective(String source, FencedCodeBlock fence, Edits edits) {
        MystDirectives.Directive directive = MystDirectives.of(fence);
        if (directive == null) {
            return;
        }
        int end = Math.min(fence.getEndOffset(), source.length());
        int open = fence.getStartOffset();
        int close = fence.getClosingMarker().isNull() ? end : fence.getClosingMarker().getStartOffset();
        int body = nextLine(source, open, end);
        switch (directive.kind()) {
            case NOTHING -> {
                for (int line = open; line < end; line = nextLine(source, line, end)) {
                    edits.replace(line, lineEnd(source, line, end), "");
                }
                return;
            }
            case CODE -> {
                if (directive.language() != null) {
                    removeOptions(source, body, close, edits);
                }
                return;
            }
            default -> {
                String title = directive.kind() == MystDirectives.Kind.PROSE ? directive.argument() : "";
                // An admonition is shown as one, when its lines can be indented (not inside a quote's "> ").
                boolean box = directive.kind() == MystDirectives.Kind.PROSE && !insideQuote(fence);
                String opening = box ? "!!! " + directive.boxType() + (title.isEmpty() ? "" : " \"" + title.replace('"', '\'') + "\"")
                        : title.isEmpty() ? "" : title + "  ";
                edits.replace(open, lineEnd(source, open, end), opening);
                for (int line = removeOptions(source, body, close, edits); box && line < close;
                        line = nextLine(source, line, close)) {
                    if (lineEnd(source, line, close) > line) {
                        edits.replace(line, line, BOX_INDENT);
                    }
                }
                if (close < end) {
                    edits.replace(close, lineEnd(source, close, end), "");
                }
            }
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
     * A GitHub alert ({@code > [!NOTE]} on the first line of a quote) shows as a titled note on GitHub; as
     * Markdown it is a reference link nobody defined, read as "!NOTE". Its marker becomes the bold word
     * ("Note") on a line of its own.
     */
    private static void nameAlert(Paragraph paragraph, Edits edits) {
        if (!(paragraph.getFirstChild() instanceof LinkRef marker)) {
            return;
        }
        Matcher alert = ALERT.matcher(marker.getChars());
        Node next = marker.getNext();
        boolean alone = next == null || next instanceof SoftLineBreak || next instanceof HardLineBreak;
        if (alert.matches() && alone) {
            String type = alert.group(1).toLowerCase(Locale.ROOT);
            String title = "**" + Character.toUpperCase(type.charAt(0)) + type.substring(1) + "**";
            edits.replace(marker.getStartOffset(), marker.getEndOffset(), next == null ? title : title + "  ");
        }
    }

    /**
     * The attribute list that ends a heading in kramdown, Pandoc, MkDocs and Hugo ({@code ## Steps {#steps}},
     * {@code {: #steps .wide}}) is no text of the heading: it goes, and an id in it is kept as an inline comment
     * that the page does not show and {@link #headingId} reads back.
     */
    private static void hideHeadingAttributes(Heading heading, Edits edits) {
        BasedSequence text = heading.getText();
        Matcher attributes = HEADING_ATTRIBUTES.matcher(text);
        if (!text.isEmpty() && attributes.find()) {
            Matcher id = ATTRIBUTE_ID.matcher(attributes.group(1));
            edits.replace(text.getStartOffset() + attributes.start(), text.getEndOffset(),
                    id.find() ? "<!--#" + id.group(1) + "-->" : "");
        }
    }

    /** The id the author gave a heading, as {@link #hideHeadingAttributes} kept it; null when none. */
    static String headingId(Heading heading) {
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            Matcher id = child instanceof HtmlInlineComment ? KEPT_ID.matcher(child.getChars()) : null;
            if (id != null && id.matches()) {
                return id.group(1);
            }
        }
        return null;
    }

    /**
     * A MyST role before a code span ({@code {pep}`517`}, {@code {ref}`Installing <install>`}) says what the span
     * names; Markdown showed the role's name and the span as written. A cross-reference role becomes its text, a
     * PEP or RFC its name ("PEP 517"), any other role (a Python name, an option) the code span alone.
     */
    private static boolean readRole(Node inline, Edits edits) {
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
            edits.replace(roleStart, code.getEndOffset(), MARKDOWN_SPECIALS.matcher(text).replaceAll("\\\\$0"));
        } else {
            edits.replace(roleStart, before.getEndOffset(), "");
        }
        return false;
    }

    /**
     * A directive's options at the start of its body: "---" YAML lines, or ":name: value" lines. Returns where the
     * body goes on after them.
     */
    private static int removeOptions(String source, int body, int close, Edits edits) {
        int line = body;
        if (line < close && source.substring(line, lineEnd(source, line, close)).strip().equals("---")) {
            // Options as a YAML block between two "---" lines.
            do {
                edits.replace(line, lineEnd(source, line, close), "");
                line = nextLine(source, line, close);
            } while (line < close && !source.substring(line, lineEnd(source, line, close)).strip().equals("---"));
            if (line < close) {
                edits.replace(line, lineEnd(source, line, close), "");
                line = nextLine(source, line, close);
            }
        }
        while (line < close && MystDirectives.OPTION.matcher(source).region(line, lineEnd(source, line, close)).matches()) {
            edits.replace(line, lineEnd(source, line, close), "");
            line = nextLine(source, line, close);
        }
        return line;
    }

    /** Replacements of ranges of the source, applied in order of position; one overlapping an earlier one is dropped. */
    private static final class Edits {
        private record Edit(int from, int to, String replacement) {
        }

        private final String source;
        private final List<Edit> edits = new ArrayList<>();

        Edits(String source) {
            this.source = source;
        }

        void replace(int from, int to, String replacement) {
            edits.add(new Edit(from, to, replacement));
        }

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
    }


    /**
     * A content tab of MkDocs Material ({@code === "Python"} over an indented body) written as the admonition
     * it is laid out like ({@code !!! tab "Python"}), so that its body is text with the tab's title rather than
     * an indented code block; null when the line is no tab.
     */
    private static String tabAsAdmonition(String source, int line, int lineEnd) {
        Matcher tab = TAB.matcher(source).region(line, lineEnd);
        return tab.matches() ? tab.group(1) + "!!! tab " + tab.group(2) : null;
    }

    /** The title a directive fence line keeps ("" for none), or null when the line is no fence. */
    private static String fenceTitle(String source, int line, int lineEnd) {
        Matcher fence = FENCE.matcher(source).region(line, lineEnd);
        Matcher block = BLOCK_FENCE.matcher(source).region(line, lineEnd);
        String title;
        if (fence.matches()) {
            title = fence.group(1) != null ? fence.group(1) : fence.group(2);
        } else if (block.matches() && (block.group(1) == null || BLOCK_NAMES.contains(block.group(1).toLowerCase(Locale.ROOT)))) {
            title = block.group(2) == null ? "" : block.group(2);
        } else {
            return null;
        }
        title = title.strip();
        // Two trailing spaces: a hard line break when text follows, nothing at the end of a paragraph.
        return title.isEmpty() ? "" : title + "  ";
    }

    private static int lineEnd(String source, int from, int limit) {
        int at = from;
        while (at < limit && source.charAt(at) != '\n' && source.charAt(at) != '\r') {
            at++;
        }
        return at;
    }

    private static int nextLine(String source, int from, int limit) {
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
