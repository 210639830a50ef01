package docsift.search;

import docsift.index.Fields;
import docsift.links.LinkTarget;
import docsift.links.SiteLinks;
import docsift.search.highlight.Html;
import docsift.search.highlight.Snippets;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;

/** Maps a stored document plus its excerpts and evidence to a {@link Hit}. Stateless. */
final class HitMapper {
    /** Stored fields a hit needs; loading only these keeps stored-field decoding small. */
    static final Set<String> DISPLAY_FIELDS = Set.of(Fields.ID, Fields.ARTICLE, Fields.TITLE, Fields.SECTION_HEADING,
            Fields.SECTION_PATH, Fields.ANCHOR, Fields.LEVEL, Fields.TOPIC, Fields.KIND, Fields.LANGUAGE,
            Fields.USE_CASE_TITLE, Fields.PERMALINK, Fields.SLUG);

    private HitMapper() {
    }

    /** @param links the live site's links, or null when it has none (the hit's {@code siteUrl} is then null) */
    static Hit toHit(Document doc, float score, Snippets.Excerpt excerpt, HitEvidence.Evidence evidence,
                     SiteLinks links) {
        String heading = doc.get(Fields.SECTION_HEADING);
        String kind = doc.get(Fields.KIND);
        String language = Fields.Kind.CODE.value().equals(kind) ? doc.get(Fields.LANGUAGE) : null;
        return new Hit(doc.get(Fields.ID), doc.get(Fields.ARTICLE), doc.get(Fields.TITLE), heading,
                excerpt.heading() != null ? excerpt.heading() : Html.escape(heading),
                Arrays.asList(doc.getValues(Fields.SECTION_PATH)), doc.get(Fields.ANCHOR),
                url(doc.get(Fields.ARTICLE), doc.get(Fields.ANCHOR)),
                doc.getField(Fields.LEVEL).numericValue().intValue(), doc.get(Fields.TOPIC), kind, score,
                excerpt.prose(), excerpt.code(), language == null || language.isEmpty() ? null : language,
                excerpt.useCases(), evidence.matchedIn(), evidence.weak(), siteUrl(doc, heading, links));
    }

    private static String siteUrl(Document doc, String heading, SiteLinks links) {
        return links == null ? null : links.url(new LinkTarget(doc.get(Fields.ARTICLE), doc.get(Fields.PERMALINK),
                doc.get(Fields.SLUG), heading, doc.get(Fields.ANCHOR)));
    }

    /** Link to the article page at the section: {@code /articles/<id>#<anchor>}, each part URL-encoded. */
    static String url(String articleId, String anchor) {
        List<String> segments = Arrays.stream(articleId.split("/")).map(HitMapper::encode).toList();
        String path = "/articles/" + String.join("/", segments);
        return anchor.isEmpty() ? path : path + "#" + encode(anchor);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
