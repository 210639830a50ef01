package docsift.search.rank;

import docsift.index.Fields;
import docsift.index.HeadingWords;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Tells whether a query covers a section's heading entirely: every word of "When are rows deleted?" (stop
 * words aside) is a term the query searches in headings, its own words or their synonyms, corrections and
 * acronym forms. A heading is what its section is about in the author's words; a query that says all of it
 * asks for that section, however many other sections mention the same words. The heading's words are
 * analysed when the section is indexed ({@link HeadingWords}). Stateless and thread-safe.
 */
final class WholeHeadings {
    private WholeHeadings() {
    }

    /** The terms {@code query} searches in the heading field, excluded clauses left out. */
    static Set<String> headingTerms(Query query) {
        Set<String> terms = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... found) {
                for (Term term : found) {
                    if (term.field().equals(Fields.HEADING)) {
                        terms.add(term.text());
                    }
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        return terms;
    }

    /** True when every word of the document's heading has a form among {@code terms}; false without one. */
    static boolean covered(IndexSearcher searcher, int doc, Set<String> terms) throws IOException {
        if (terms.isEmpty()) {
            return false;
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues headings = DocValues.getBinary(leaf.reader(), Fields.HEADING_WORDS);
        return headings.advanceExact(doc - leaf.docBase)
                && HeadingWords.allAmong(headings.binaryValue().utf8ToString(), terms);
    }
}
