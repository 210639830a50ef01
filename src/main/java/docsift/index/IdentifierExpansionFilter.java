package docsift.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Index-side only: expands an identifier into the whole token, its dotted sub-chains, its form without a
 * leading '@' and its word parts ({@code Model.objects.select_for_update} also yields
 * {@code objects.select_for_update}, {@code select_for_update}, select, for, update, ...), so a reader finds it
 * by any of those. Not thread-safe, like every token stream.
 *
 * <p>Word parts take consecutive positions, so the phrase "select for update" matches; longer pieces are stacked
 * (increment 0) on the part they begin with, and everything is emitted in start-offset order, as postings with
 * offsets require. Pieces containing '.', '_' or '@' are marked as keywords so stemmers leave them whole.
 * Position lengths stay 1: this stream feeds the index only, which ignores them. Plain words pass through.
 * Must run before lower-casing, or camelCase boundaries are lost.
 */
final class IdentifierExpansionFilter extends TokenFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

    private List<IdentifierParts.Piece> pending = List.of();
    private int next;
    private State original;
    private String token;
    private int tokenStart;
    private int tokenEnd;
    private int firstIncrement;
    private int lastPosition;

    public IdentifierExpansionFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < pending.size()) {
            emit(next++);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        token = termAtt.toString();
        pending = IdentifierParts.plan(token);
        next = 0;
        if (pending.isEmpty()) {
            return true;
        }
        original = captureState();
        tokenStart = offsetAtt.startOffset();
        tokenEnd = offsetAtt.endOffset();
        firstIncrement = posIncAtt.getPositionIncrement();
        emit(next++);
        return true;
    }

    private void emit(int index) {
        IdentifierParts.Piece piece = pending.get(index);
        restoreState(original);
        termAtt.setEmpty().append(token, piece.start(), piece.end());
        posIncAtt.setPositionIncrement(index == 0 ? firstIncrement : piece.position() - lastPosition);
        lastPosition = piece.position();
        boolean identifier = IdentifierParts.isIdentifierTerm(termAtt);
        keywordAtt.setKeyword(keywordAtt.isKeyword() || identifier);
        // Sub-offsets are only trustworthy when the token's offsets span exactly its chars (no char filter
        // or earlier filter changed its length); otherwise every piece highlights the whole token.
        if (tokenEnd - tokenStart == token.length()) {
            offsetAtt.setOffset(tokenStart + piece.start(), tokenStart + piece.end());
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = List.of();
        next = 0;
        original = null;
        token = null;
    }
}
