package docsift.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
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
    /** Distinct tokens a thread remembers the terms of: a few megabytes, most of a corpus's vocabulary. */
    private static final int MAX_REMEMBERED_TOKENS = 50_000;

    private final Analyzer queryAnalyzer = Analyzers.newQueryAnalyzer();
    /**
     * Per thread, each token (as the tokenizer cuts it) to its terms: {@link LinkOnlyWords} counts the words of
     * every section's prose, and analysing each word anew was 10% of a full build's CPU.
     */
    private final ThreadLocal<CharArrayMap<List<String>>> termsOfToken =
            ThreadLocal.withInitial(() -> new CharArrayMap<>(1_024, false));

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

    /**
     * Gives each term of {@code text} as {@link #encode} sees it (every form of every word, stop words left out)
     * to {@code consumer} in order, until it returns false: a caller that has learnt what it needs stops the
     * analysis of a long text there. Each token's terms come from a memo of this thread.
     */
    void forEachTerm(String text, Predicate<String> consumer) {
        CharArrayMap<List<String>> memo = termsOfToken.get();
        if (memo.size() > MAX_REMEMBERED_TOKENS) {
            memo.clear();
        }
        try (Tokenizer tokens = new CodeAwareTokenizer()) {
            CharTermAttribute token = tokens.addAttribute(CharTermAttribute.class);
            tokens.setReader(new StringReader(text));
            tokens.reset();
            boolean more = true;
            while (more && tokens.incrementToken()) {
                List<String> terms = memo.get(token.buffer(), 0, token.length());
                if (terms == null) {
                    String written = token.toString();
                    terms = termsOf(written);
                    memo.put(written, terms);
                }
                for (int i = 0; more && i < terms.size(); i++) {
                    more = consumer.test(terms.get(i));
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a text in memory", e);
        }
    }

    /** The terms of one token on its own: the query chain's filters each map a token without its neighbours. */
    private List<String> termsOf(String token) {
        List<String> terms = new ArrayList<>(2);
        try (TokenStream stream = queryAnalyzer.tokenStream(Fields.HEADING, token)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a token in memory", e);
        }
        return terms;
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
