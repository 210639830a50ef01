package docsift.search.highlight;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;

/**
 * Offsets from the postings, as Lucene's {@link PostingsOffsetStrategy} finds them through {@code Weight.matches},
 * but with one weight per segment for all the hits of a field instead of one per hit. Lucene's strategy rewrites
 * the query and builds its weight anew for every hit, on a searcher over that hit's segment alone, so every term
 * is looked up in the terms dictionary again for each hit (JFR on cockroachdb-docs: a third of highlighting). This
 * one builds the same weight, on the same one-segment searcher, once per segment, and the weight keeps each term's
 * state for the next hit in that segment. The matches are the same: the weight is built from the same query over
 * the same reader (Lucene's reader only renames fields for a field matcher, and the snippets use none).
 * One per field and highlighting call; the highlighter visits hits in document order. Not thread-safe.
 */
final class SegmentWeights extends PostingsOffsetStrategy {
    private LeafReader segment;
    private Weight weight;

    SegmentWeights(UHComponents components) {
        super(components);
    }

    @Override
    protected void createOffsetsEnumsWeightMatcher(LeafReader reader, int doc, List<OffsetsEnum> results)
            throws IOException {
        Matches matches = weightOn(reader).matches(reader.getContext(), doc);
        if (matches == null) {
            return;
        }
        for (String field : matches) {
            MatchesIterator iterator = components.fieldMatcher().test(field) ? matches.getMatches(field) : null;
            if (iterator != null) {
                results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
            }
        }
    }

    /** The field's query as a weight on the segment, built on the segment's first hit. */
    private Weight weightOn(LeafReader reader) throws IOException {
        if (reader != segment) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            weight = searcher.createWeight(searcher.rewrite(components.query()), ScoreMode.COMPLETE_NO_SCORES, 1f);
            segment = reader;
        }
        return weight;
    }
}
