package docsift.search.rank;

import docsift.index.Fields;
import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * Evidence spread over a section's own text against one word in its heading (issue 20, class 1). A heading is a
 * label: a section headed "Prototype Poisoning" whose text never says the words is filed under them but does not
 * discuss them, while a section whose prose, use cases or code use the query's words is about them. In the
 * coverage, a clause found only in a section's own heading counts {@link RankingWeights#LABEL_ONLY_EVIDENCE} of its
 * information, unless the section has no text of its own (the empty-section demotion deals with those). The
 * breadcrumb is not a label but the topic the text is written under ("Logging" above "Request ID Tracking"), so a
 * clause found there counts in full.
 * Stateless.
 */
final class OwnText {
    private OwnText() {
    }

    /** Lowers, in place, each hit's match of each clause that it has only in its own heading. */
    static void discount(IndexSearcher searcher, Rescoring built, ScoreDoc[] hits, ClauseForms forms,
                         double[][] matched) throws IOException {
        boolean[] hasText = new boolean[hits.length];
        for (int i = 0; i < hits.length; i++) {
            hasText[i] = Rescorer.numeric(searcher, hits[i].doc, Fields.BODY_WORDS, -1) > 0;
        }
        for (int c = 0; c < built.clauses().size(); c++) {
            boolean[] inText = forms.body(c);
            if (inText == null) {
                continue;
            }
            for (int i = 0; i < hits.length; i++) {
                if (hasText[i] && !inText[i]) {
                    matched[i][c] *= RankingWeights.LABEL_ONLY_EVIDENCE;
                }
            }
        }
    }
}
