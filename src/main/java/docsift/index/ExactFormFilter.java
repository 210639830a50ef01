package docsift.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Emits each word twice at the same position, once marked as a keyword so the stemmer that follows keeps the
 * form as written, and once to be stemmed; a {@code RemoveDuplicatesTokenFilter} after the stemmer drops the
 * copy when both are equal. Stemming conflates words that differ in meaning ("manager" and "management" both
 * become "manag"): the stem still finds every form, and the written form, counted on top of it, ranks the
 * sections that use the reader's own word first. Unlike Lucene's {@code KeywordRepeatFilter}, tokens already
 * marked as keywords (identifiers) pass once, unchanged. Not thread-safe, like every token stream.
 */
final class ExactFormFilter extends TokenFilter {
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private State stemmedCopy;

    public ExactFormFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (stemmedCopy != null) {
            restoreState(stemmedCopy);
            stemmedCopy = null;
            posIncAtt.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (!keywordAtt.isKeyword()) {
            stemmedCopy = captureState();
            keywordAtt.setKeyword(true);
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        stemmedCopy = null;
    }
}
