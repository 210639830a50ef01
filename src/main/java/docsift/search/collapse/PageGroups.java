package docsift.search.collapse;

import docsift.search.rank.Rescorer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups ranked sections by page, as Pagefind and MkDocs Material list results: pages in the order of their
 * best section, each with its best sections in rank order. A presentation of the ranking, not a new one: the
 * sections keep their order within a page, and the pages the order of their first section. Stateless.
 */
public final class PageGroups {
    private PageGroups() {
    }

    /** A page and its best sections, best first. */
    public record Group(long page, List<Rescorer.Scored> sections) {
        public Group {
            sections = List.copyOf(sections);
        }
    }

    /**
     * The groups {@code offset} to {@code offset + limit} of the ranked sections.
     *
     * @param ranked      sections, best first
     * @param pageOf      each section's page, by document
     * @param perPage     at most this many sections under a page
     */
    public static List<Group> page(List<Rescorer.Scored> ranked, Map<Integer, Long> pageOf, int offset, int limit,
                                   int perPage) {
        Map<Long, List<Rescorer.Scored>> byPage = new LinkedHashMap<>();
        for (Rescorer.Scored section : ranked) {
            long page = pageOf.get(section.doc().doc);
            List<Rescorer.Scored> sections = byPage.get(page);
            if (sections == null) {
                if (byPage.size() == offset + limit) {
                    continue; // a page past the requested ones: only its own sections could still come
                }
                sections = new ArrayList<>();
                byPage.put(page, sections);
            }
            if (sections.size() < perPage) {
                sections.add(section);
            }
        }
        List<Group> groups = new ArrayList<>();
        int index = 0;
        for (Map.Entry<Long, List<Rescorer.Scored>> entry : byPage.entrySet()) {
            if (index++ >= offset) {
                groups.add(new Group(entry.getKey(), entry.getValue()));
            }
        }
        return groups;
    }
}
