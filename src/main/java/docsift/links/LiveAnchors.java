package docsift.links;

import docsift.markdown.Slugger;
import docsift.settings.AnchorStyle;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section's element id on the live site, from its heading and docsift's anchor. docsift's anchors are
 * GitHub's (github-slugger: lower case, punctuation dropped, spaces to hyphens, repeats suffixed {@code -1},
 * {@code -2}), which Docusaurus also uses; Python-Markdown's toc extension (MkDocs) slugifies differently:
 * accents folded to ASCII, non-ASCII dropped, runs of spaces and hyphens one hyphen, repeats suffixed
 * {@code _1}, {@code _2}. An id the author gave ({@code {#id}}), which docsift keeps as written, wins in every
 * style. Stateless.
 *
 * <p>The repeat number is read from docsift's anchor, so it is exact where the two styles count the same
 * headings as repeats (headings whose GitHub slugs differ but whose Python-Markdown slugs agree, such as
 * "C++" and "C", are numbered by GitHub's count).
 */
final class LiveAnchors {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\w\\s-]");
    private static final Pattern SEPARATORS = Pattern.compile("[-\\s]+");

    private LiveAnchors() {
    }

    /** The id on the live site for a section whose heading is {@code heading} and docsift anchor {@code anchor}. */
    static String anchor(AnchorStyle style, String heading, String anchor) {
        if (anchor.isEmpty()) {
            return "";
        }
        int repeat = repeatNumber(heading, anchor);
        if (repeat < 0 || style != AnchorStyle.PYTHON_MARKDOWN) {
            return anchor; // the author's own id, or already GitHub's (and Docusaurus') id
        }
        return pythonMarkdownUnique(pythonMarkdownSlug(heading), repeat);
    }

    /**
     * 0 when {@code anchor} is the heading's GitHub slug, N when it is that slug suffixed {@code -N} (the
     * N-th repeat), -1 when it is neither: an id the author gave.
     */
    static int repeatNumber(String heading, String anchor) {
        String base = Slugger.base(heading);
        if (anchor.equals(base)) {
            return 0;
        }
        Matcher suffix = Pattern.compile(Pattern.quote(base) + "-(\\d{1,6})").matcher(anchor);
        return suffix.matches() ? Integer.parseInt(suffix.group(1)) : -1;
    }

    /** Python-Markdown's {@code toc.slugify(value, "-")}, as MkDocs calls it by default. */
    static String pythonMarkdownSlug(String heading) {
        String ascii = Normalizer.normalize(heading, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "");
        String kept = NOT_WORD.matcher(ascii).replaceAll("").strip().toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(kept).replaceAll("-");
    }

    /** Python-Markdown's {@code toc.unique}: the N-th repeat is {@code slug_N}; an empty slug starts at {@code _1}. */
    private static String pythonMarkdownUnique(String slug, int repeat) {
        if (slug.isEmpty()) {
            return "_" + (repeat + 1);
        }
        return repeat == 0 ? slug : slug + "_" + repeat;
    }
}
