package docsift.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
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
        String text = FrontMatter.value(document, "title").orElseGet(() -> fromFileName(articleId));
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

    /** "docs/advanced-topics.md" becomes "advanced topics". */
    static String fromFileName(String articleId) {
        String name = articleId.substring(articleId.lastIndexOf('/') + 1);
        String stem = name.replaceFirst("(?i)\\.(md|markdown)$", "");
        String words = stem.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? articleId : words;
    }
}
