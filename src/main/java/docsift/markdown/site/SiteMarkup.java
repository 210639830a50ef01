package docsift.markdown.site;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Locale;
import java.util.Set;
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
 *   <li>The attribute list that ends a heading ({@code ## Steps {#steps}}): see {@link HeadingAttributes}.</li>
 *   <li>The marker of a GitHub alert ({@code > [!WARNING]}), which becomes the bold word it stands for.</li>
 *   <li>Table-of-contents placeholders ({@code [TOC]} of Python-Markdown, {@code [[toc]]} of VuePress,
 *       {@code [[_TOC_]]} of GitLab), which the site replaces with links.</li>
 *   <li>Build-time code includes on a line of their own ({@code {* ../../docs_src/tutorial001.py *}}).</li>
 *   <li>The fences of MyST directives ({@code ```{note}}, {@code ```{admonition} Title}, at any depth), which a
 *       CommonMark parser takes for code: see {@link MystMarkup}. Their option lines
 *       ({@code :class: tip}) go too. One pass unwraps one level of nested directives.</li>
 *   <li>MyST roles before code spans ({@code {pep}`517`}, {@code {ref}`Text <target>`}): see {@link MystMarkup}.</li>
 *   <li>MyST target labels ({@code (config-file)=} before a heading), which are no text.</li>
 * </ul>
 */
final class SiteMarkup {
    /** The start of an ES module statement: {@code import 'x'}, {@code import X from 'x'}, {@code export const}. */
    private static final Pattern MODULE_STATEMENT = Pattern.compile(
            "(import\\s+(['\"]|[\\w*{][^'\"\\n]*\\sfrom\\s+['\"])"
            + "|export\\s+(default\\b|const\\s|let\\s|var\\s|function\\s|async\\s+function\\s|class\\s|\\{|\\*))");
    /**
     * A content tab line of MkDocs Material: {@code === "Title"}, or {@code ===! "Title"} / {@code ===+ "Title"};
     * a title of at most 200 characters, since the admonition parser's own pattern overflows the stack on a
     * title of thousands.
     */
    private static final Pattern TAB = Pattern.compile("([ \\t]*)===[!+]?[ \\t]+(\"[^\"\\n]{0,200}\")[ \\t]*");
    /**
     * A fence of a PyMdown block ({@code /// note | Title}, {@code //// tab | Python 3.10+}, {@code ///}), as
     * FastAPI's and other MkDocs sites' pages write admonitions and tabs: slashes, a block name, a title after '|'.
     */
    private static final Pattern BLOCK_FENCE = Pattern.compile(
            "[ \\t]*/{3,}[ \\t]*(?:([A-Za-z][\\w-]*)[ \\t]*(?:\\|[ \\t]*([^\\n]*))?)?[ \\t]*");
    /** The block names a slash fence may open: no sentence of prose starts with "/// tip". */
    private static final Set<String> BLOCK_NAMES = Set.of("admonition", "note", "tip", "warning",
            "danger", "details", "tab", "info", "example", "quote", "abstract", "bug", "failure", "success", "question",
            "todo", "attention", "caution", "error", "hint", "important", "check", "caption", "html", "define");
    /** A table-of-contents placeholder on a line of its own: {@code [TOC]}, {@code [[toc]]}, {@code [[_TOC_]]}. */
    private static final Pattern TOC_MARKER = Pattern.compile("(?i)[ \\t]*(\\[TOC\\]|\\[\\[_?TOC_?\\]\\])[ \\t]*");
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
        SourceEdits edits = new SourceEdits(source);
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
                    TreeWalk.preOrder(paragraph, inline -> MystMarkup.readRole(inline, edits));
                }
                return false;
            }
            if (node instanceof FencedCodeBlock fence) {
                MystMarkup.unwrapDirective(source, fence, edits);
                return false;
            }
            if (node instanceof Heading heading) {
                HeadingAttributes.hide(heading, edits);
                return false;
            }
            // Only containers of blocks (lists, items, quotes) can hold more fences; text holds none.
            return node instanceof Document || node instanceof Block && !(node instanceof Heading
                    || node instanceof TableBlock || node instanceof HtmlBlock || node instanceof IndentedCodeBlock);
        });
        return edits.result();
    }

    private static void removeFromParagraph(String source, Paragraph block, SourceEdits edits) {
        int end = block.getEndOffset();
        boolean moduleStatement = MODULE_STATEMENT.matcher(block.getChars()).lookingAt();
        for (int line = block.getStartOffset(); line < end; line = SourceEdits.nextLine(source, line, end)) {
            int lineEnd = SourceEdits.lineEnd(source, line, end);
            String replacement = moduleStatement ? "" : fenceTitle(source, line, lineEnd);
            if (replacement == null) {
                replacement = tabAsAdmonition(source, line, lineEnd);
            }
            if (replacement == null && (MystMarkup.isLabel(source, line, lineEnd)
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
     * A GitHub alert ({@code > [!NOTE]} on the first line of a quote) shows as a titled note on GitHub; as
     * Markdown it is a reference link nobody defined, read as "!NOTE". Its marker becomes the bold word
     * ("Note") on a line of its own.
     */
    private static void nameAlert(Paragraph paragraph, SourceEdits edits) {
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
}
