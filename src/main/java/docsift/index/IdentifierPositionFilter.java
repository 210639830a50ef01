package docsift.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Query-side companion of {@link IdentifierExpansionFilter}: keeps each identifier whole, as queries search it,
 * but advances positions as the index did when it put the identifier's word parts after it. In the index
 * {@code on_delete=models.CASCADE} is on_delete at 0 (with "on"), delete at 1, models.cascade at 2; a query
 * that numbered its two identifiers 0 and 1 searched a phrase the index never has, so the fragment, quoted or
 * typed as one word, found nothing. Must run where the expansion runs: before lower-casing. Not thread-safe,
 * like every token stream.
 */
final class IdentifierPositionFilter extends TokenFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    /** Positions the previous identifier's parts took in the index beyond its own. */
    private int carried;

    public IdentifierPositionFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + carried);
        List<IdentifierParts.Piece> pieces = IdentifierParts.plan(termAtt.toString());
        carried = 0;
        for (IdentifierParts.Piece piece : pieces) {
            carried = Math.max(carried, piece.position() - pieces.getFirst().position());
        }
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        // Trailing parts are positions the stream ends with, as in the index.
        posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + carried);
        carried = 0;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        carried = 0;
    }
}
