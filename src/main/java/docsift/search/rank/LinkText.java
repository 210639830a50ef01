package docsift.search.rank;

/**
 * Evidence in a link's text against evidence in a section's own words (issue 20, classes 2 and 6). "In
 * [REFRESH MATERIALIZED VIEW](refresh.md), after the view name" names the page that explains refreshing views;
 * the section itself is about where a clause may stand, and a table of contents or a "see also" list names every
 * topic of a site without discussing any. In the coverage, a clause that a section says only as the text of links
 * counts {@link RankingWeights#LINK_ONLY_EVIDENCE} of its information; the link's target, where the words are the
 * section's own, keeps all of it. Stateless.
 */
final class LinkText {
    private LinkText() {
    }

    /** Lowers, in place, each hit's match of each clause that it says only as link text. */
    static void discount(Rescoring built, ClauseForms forms, double[][] matched) {
        for (int c = 0; c < built.clauses().size(); c++) {
            boolean[] onlyLinked = forms.linkOnly(c);
            if (onlyLinked == null) {
                continue;
            }
            for (int i = 0; i < onlyLinked.length; i++) {
                if (onlyLinked[i]) {
                    matched[i][c] *= RankingWeights.LINK_ONLY_EVIDENCE;
                }
            }
        }
    }
}
