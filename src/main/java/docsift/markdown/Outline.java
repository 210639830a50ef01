package docsift.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Tracks the heading hierarchy while sections are visited in document order, giving each its breadcrumb and
 * topic. Not thread-safe; one per article.
 */
final class Outline {

    /** Where a section sits: ancestor heading texts (outermost first) and its top-level topic. */
    record Place(List<String> breadcrumb, String topic) {
    }

    private record Open(int level, String text, boolean isTitle) {
    }

    private final Deque<Open> open = new ArrayDeque<>();

    /**
     * Enters a heading; {@code isTitle} marks the article's single H1 that serves as its title, whose
     * children are the topics.
     */
    Place enter(int level, String text, boolean isTitle) {
        while (!open.isEmpty() && open.peekLast().level() >= level) {
            open.removeLast();
        }
        List<String> breadcrumb = open.stream().map(Open::text).toList();
        Place place = new Place(breadcrumb, PlainText.withoutColon(topic(text, isTitle)));
        open.addLast(new Open(level, text, isTitle));
        return place;
    }

    private String topic(String ownText, boolean isTitle) {
        List<Open> ancestors = new ArrayList<>(open);
        if (!isTitle && !ancestors.isEmpty() && ancestors.get(0).isTitle()) {
            ancestors.remove(0);
        }
        return ancestors.isEmpty() || isTitle ? ownText : ancestors.get(0).text();
    }
}
