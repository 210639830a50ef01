package docsift.search;

import docsift.index.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;

/**
 * Tells whether a query covers a section's heading entirely: every word of "When are rows deleted?" (stop
 * words aside) is a term the query searches in headings, its own words or their synonyms, corrections and
 * acronym forms. A heading is what its section is about in the author's words; a query that says all of it
 * asks for that section, however many other sections mention the same words. Thread-safe: the analyzer is
 * shared, each call works on its own token stream.
 */
final class WholeHeadings {
    private final Analyzer analyzer;

    WholeHeadings(Analyzer queryAnalyzer) {
        this.analyzer = queryAnalyzer;
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

    /** True when every word of the document's heading is among {@code terms}; false without a heading. */
    boolean covered(IndexSearcher searcher, int doc, Set<String> terms) throws IOException {
        if (terms.isEmpty()) {
            return false;
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues headings = DocValues.getBinary(leaf.reader(), Fields.HEADING_TEXT);
        if (!headings.advanceExact(doc - leaf.docBase)) {
            return false;
        }
        BytesRef heading = headings.binaryValue();
        return covered(heading.utf8ToString(), terms);
    }

    /** True when each position of the analysed heading holds one of {@code terms}, and it has a position. */
    boolean covered(String heading, Set<String> terms) {
        boolean any = false;
        boolean positionCovered = true;
        try (TokenStream tokens = analyzer.tokenStream(Fields.HEADING, heading)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (increment.getPositionIncrement() > 0) {
                    if (any && !positionCovered) {
                        return false;
                    }
                    any = true;
                    positionCovered = false;
                }
                positionCovered |= terms.contains(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a heading in memory", e);
        }
        return any && positionCovered;
    }
}
