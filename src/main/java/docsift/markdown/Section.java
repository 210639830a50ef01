package docsift.markdown;

import java.util.List;
import java.util.Objects;

/**
 * One heading of an article with everything up to the next heading of any level. Immutable.
 *
 * @param articleId   the owning {@link Article#id()}
 * @param anchor      GitHub-compatible slug of the heading, unique within the article (the HTML id on the
 *                    article page); the lead section uses {@link #LEAD_ANCHOR}
 * @param level       heading level 1-6; 0 for the lead section
 * @param heading     heading text with inline markup removed (the article title for the lead section)
 * @param breadcrumb  texts of the ancestor headings, outermost first (not including this heading)
 * @param topic       the top-level topic this section belongs to (the outermost heading below the article's
 *                    H1, trailing colon removed); the section's own heading when it is top-level itself
 * @param prose       paragraphs, lists, quotes and tables as plain text, blocks separated by blank lines; no code
 * @param codeBlocks  fenced and indented code blocks in order
 * @param inlineCode  texts of inline code spans in the prose, in order
 * @param useCases    use-case items found in this section
 * @param linkWords   how many words of the prose are the text of links: a section that is nearly all links
 *                    ("See also") points elsewhere rather than answering anything itself
 * @param linkTexts   the text of each link in the prose, in order: a word a section says only there names what
 *                    the link's target is about, not what the section discusses
 * @param markdown    the section's Markdown source, heading line included
 * @param startLine   first source line (1-based) of the section
 * @param endLine     last source line (1-based, inclusive)
 */
public record Section(
        String articleId,
        String anchor,
        int level,
        String heading,
        List<String> breadcrumb,
        String topic,
        String prose,
        List<CodeBlock> codeBlocks,
        List<String> inlineCode,
        List<UseCase> useCases,
        int linkWords,
        List<String> linkTexts,
        String markdown,
        int startLine,
        int endLine) {

    /** Anchor of the lead section: the text before the first heading. Never produced by the slugger. */
    public static final String LEAD_ANCHOR = "";

    public Section {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(prose, "prose");
        Objects.requireNonNull(markdown, "markdown");
        if (level < 0 || level > 6) {
            throw new IllegalArgumentException("heading level out of range: " + level);
        }
        if (startLine < 1 || endLine < startLine) {
            throw new IllegalArgumentException("bad line range " + startLine + ".." + endLine);
        }
        breadcrumb = List.copyOf(breadcrumb);
        codeBlocks = List.copyOf(codeBlocks);
        inlineCode = List.copyOf(inlineCode);
        useCases = List.copyOf(useCases);
        linkTexts = List.copyOf(linkTexts);
    }

    /** A section whose link texts are not known (as if it had none). */
    public Section(String articleId, String anchor, int level, String heading, List<String> breadcrumb, String topic,
                   String prose, List<CodeBlock> codeBlocks, List<String> inlineCode, List<UseCase> useCases,
                   int linkWords, String markdown, int startLine, int endLine) {
        this(articleId, anchor, level, heading, breadcrumb, topic, prose, codeBlocks, inlineCode, useCases, linkWords,
                List.of(), markdown, startLine, endLine);
    }

    /** True for the text before the article's first heading. */
    public boolean isLead() {
        return level == 0;
    }
}
