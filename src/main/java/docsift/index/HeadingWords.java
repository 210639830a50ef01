package docsift.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A heading's words as the query analysis sees them, one entry per word with its forms (as written and
 * stemmed), stop words left out: worked out once when a section is indexed, so that ranking can tell
 * whether a query says a whole heading without analysing the heading of every hit of every search. Encoded
 * as text: words separated by a space, the forms of one word by '|'. Owns its query analyzer (one per index
 * writer's owner, closed with it); thread-safe, as Lucene's analyzers keep their token streams per thread.
 */
public final class HeadingWords implements AutoCloseable {
    private final Analyzer queryAnalyzer = Analyzers.newQueryAnalyzer();

    /** The encoded words of {@code heading}; empty when it has none but stop words. */
    public String encode(String heading) {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = queryAnalyzer.tokenStream(Fields.HEADING, heading)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || words.isEmpty()) {
                    words.add(term.toString());
                } else {
                    words.set(words.size() - 1, words.getLast() + "|" + term);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a heading in memory", e);
        }
        return String.join(" ", words);
    }

    /** True when every word of an encoded heading has a form among {@code terms}, and it has a word. */
    public static boolean allAmong(String encoded, Set<String> terms) {
        if (encoded.isEmpty()) {
            return false;
        }
        for (String word : encoded.split(" ")) {
            boolean found = false;
            for (String form : word.split("\\|")) {
                found |= terms.contains(form);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        queryAnalyzer.close();
    }
}
