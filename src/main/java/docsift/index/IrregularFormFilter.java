package docsift.index;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Replaces an irregular English form with its base word before stemming ("indices" with "index",
 * "overridden" with "override"), which the Porter stemmer that follows then stems like any other word: a
 * suffix-stripping stemmer leaves these forms apart from their base. Tokens marked as keywords (identifiers,
 * forms kept as written) pass unchanged. The pairs come from {@code irregular-forms.txt}. Not thread-safe,
 * like every token stream; the shared map is only read.
 */
public final class IrregularFormFilter extends TokenFilter {
    private static final CharArrayMap<char[]> BASES = load("/docsift/irregular-forms.txt");

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

    public IrregularFormFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keywordAtt.isKeyword()) {
            char[] base = BASES.get(termAtt.buffer(), 0, termAtt.length());
            if (base != null) {
                termAtt.copyBuffer(base, 0, base.length);
            }
        }
        return true;
    }

    /** The base word of an irregular form ("ran" gives "run"), or null when {@code word} is none. */
    public static String baseOf(String word) {
        char[] base = BASES.get(word);
        return base == null ? null : new String(base);
    }

    /** The number of forms known: for tests. */
    static int size() {
        return BASES.size();
    }

    private static CharArrayMap<char[]> load(String resource) {
        CharArrayMap<char[]> bases = new CharArrayMap<>(256, false);
        for (String pair : ResourceLines.read(IrregularFormFilter.class, resource)) {
            String[] words = pair.split("\\s+");
            if (words.length != 2) {
                throw new IllegalStateException(resource + ": not a 'form base' pair: " + pair);
            }
            bases.put(words[0], words[1].toCharArray());
        }
        return CharArrayMap.unmodifiableMap(bases);
    }
}
