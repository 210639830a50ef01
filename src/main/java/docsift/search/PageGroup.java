package docsift.search;

import java.util.List;

/**
 * One page of a grouped answer: the page once, with its best sections, which are the next {@code sections}
 * entries of the answer's hits. Immutable.
 *
 * @param article  the article id of the page as shown (its preferred version)
 * @param title    the page title
 * @param url      link to the page
 * @param version  the version shown, or null for a page in no version folder
 * @param versions the other versions the page exists in, preferred first; empty when none
 * @param sections how many hits under this page are in the answer (at most {@link #MAX_SECTIONS})
 * @param matched  how many sections of the page match the search (after collapsing versions)
 */
public record PageGroup(String article, String title, String url, String version, List<VersionLink> versions,
                        int sections, int matched) {
    /** Sections shown under a page, as Pagefind does: the best three. */
    public static final int MAX_SECTIONS = 3;

    public PageGroup {
        versions = List.copyOf(versions);
    }
}
