package docsift.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Test helper: runs an analyzer and lists what it emits, checking the stream invariants on the way. */
final class Tokens {
    private Tokens() {
    }

    /** Tokens as {@code term/posInc/start/end}. */
    static List<String> detailed(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        consume(analyzer, field, text, (term, inc, start, end) -> out.add(term + "/" + inc + "/" + start + "/" + end));
        return out;
    }

    /** Just the terms, in order. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        consume(analyzer, field, text, (term, inc, start, end) -> out.add(term));
        return out;
    }

    /** Number of tokens; the invariants are checked for all of them. */
    static int count(Analyzer analyzer, String field, String text) {
        int[] n = {0};
        consume(analyzer, field, text, (term, inc, start, end) -> n[0]++);
        return n[0];
    }

    interface Sink {
        void accept(String term, int posInc, int start, int end);
    }

    private static void consume(Analyzer analyzer, String field, String text, Sink sink) {
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int lastStart = 0;
            boolean first = true;
            while (ts.incrementToken()) {
                check(offset.startOffset() >= lastStart, "start offset went backwards", term);
                check(offset.endOffset() >= offset.startOffset() && offset.endOffset() <= text.length(),
                        "bad end offset", term);
                check(inc.getPositionIncrement() >= (first ? 1 : 0), "bad position increment", term);
                check(term.length() > 0, "empty term", term);
                first = false;
                lastStart = offset.startOffset();
                sink.accept(term.toString(), inc.getPositionIncrement(), offset.startOffset(), offset.endOffset());
            }
            ts.end();
            check(offset.endOffset() == text.length(), "final offset is not the text length", term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(boolean ok, String message, CharTermAttribute term) {
        if (!ok) {
            throw new AssertionError(message + " at '" + term + "'");
        }
    }
}
