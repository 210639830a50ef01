package docsift.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import docsift.markdown.site.SiteText;
import docsift.markdown.site.TreeWalk;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The plain text and anchor of every heading of one parsed document, including headings nested in quotes or
 * lists, assigned in document order: the id the author gave ({@code ## Title {#id}}), else a slug of the text.
 * Parser and renderer both use it so the page's ids match the indexed anchors. Immutable after construction; safe to read from several threads.
 */
final class HeadingAnchors {

    /** Text and anchor of one heading. */
    record Entry(String text, String anchor) {
    }

    private final Map<Heading, Entry> entries;

    private HeadingAnchors(Map<Heading, Entry> entries) {
        this.entries = entries;
    }

    static HeadingAnchors of(Node document) {
        Slugger slugger = new Slugger();
        Map<Heading, Entry> entries = new IdentityHashMap<>();
        TreeWalk.preOrder(document, node -> {
            if (node instanceof Heading heading) {
                String text = PlainText.singleLine(heading);
                String id = SiteText.headingId(heading);
                entries.put(heading, new Entry(text, id == null ? slugger.slug(text) : slugger.explicit(id)));
                return false;
            }
            return true;
        });
        return new HeadingAnchors(entries);
    }

    /** The entry for a heading of the document this was built from. */
    Entry get(Heading heading) {
        Entry entry = entries.get(heading);
        if (entry == null) {
            throw new IllegalArgumentException("heading is not from this document: " + heading);
        }
        return entry;
    }
}
