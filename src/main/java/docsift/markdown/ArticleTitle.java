package docsift.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.Optional;

/**
 * An article's display title and, when it comes from one, the H1 heading that holds it. Immutable.
 *
 * @param text    the title
 * @param heading the article's single H1 when it is also its first heading; null otherwise
 */
record ArticleTitle(String text, Heading heading) {

    /** The H1 text, else the front matter {@code title}, else the file name. */
    static ArticleTitle resolve(String articleId, Document document, List<Heading> headings, HeadingAnchors anchors) {
        Optional<Heading> h1 = titleHeading(headings);
        if (h1.isPresent()) {
            return new ArticleTitle(anchors.get(h1.get()).text(), h1.get());
        }
        String text = frontMatterTitle(document).orElseGet(() -> fromFileName(articleId));
        return new ArticleTitle(text, null);
    }

    boolean isTitle(Heading candidate) {
        return candidate == heading;
    }

    private static Optional<Heading> titleHeading(List<Heading> headings) {
        long h1Count = headings.stream().filter(h -> h.getLevel() == 1).count();
        boolean firstIsH1 = !headings.isEmpty() && headings.get(0).getLevel() == 1;
        return firstIsH1 && h1Count == 1 ? Optional.of(headings.get(0)) : Optional.empty();
    }

    private static Optional<String> frontMatterTitle(Document document) {
        if (!(document.getFirstChild() instanceof YamlFrontMatterBlock frontMatter)) {
            return Optional.empty();
        }
        for (Node entry : frontMatter.getChildren()) {
            if (entry instanceof YamlFrontMatterNode node && node.getKey().strip().equalsIgnoreCase("title")) {
                return node.getValues().stream().map(ArticleTitle::unquote).filter(v -> !v.isBlank()).findFirst();
            }
        }
        return Optional.empty();
    }

    private static String unquote(String value) {
        String v = value.strip();
        boolean quoted = v.length() >= 2 && v.charAt(0) == v.charAt(v.length() - 1) && "\"'".indexOf(v.charAt(0)) >= 0;
        return quoted ? v.substring(1, v.length() - 1).strip() : v;
    }

    /** "docs/advanced-topics.md" becomes "advanced topics". */
    static String fromFileName(String articleId) {
        String name = articleId.substring(articleId.lastIndexOf('/') + 1);
        String stem = name.replaceFirst("(?i)\\.(md|markdown)$", "");
        String words = stem.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? articleId : words;
    }
}
