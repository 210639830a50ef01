package docsift.index;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.KeywordMarkerFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Query-side twin of the keyword marking in {@link IdentifierExpansionFilter}: marks terms containing '.', '_'
 * or '@' so the stemmer leaves them whole and they meet the identical indexed term. Not thread-safe, like every
 * token stream.
 */
final class IdentifierKeywordMarkerFilter extends KeywordMarkerFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public IdentifierKeywordMarkerFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected boolean isKeyword() {
        return IdentifierParts.isIdentifierTerm(termAtt);
    }
}
