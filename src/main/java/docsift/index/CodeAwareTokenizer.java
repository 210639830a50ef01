package docsift.index;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits text into words that keep programming identifiers whole: {@code Model.objects.select_for_update},
 * {@code @app.get}, {@code __init__} and {@code Django's} each come out as one token, with exact offsets.
 * Like every {@link Tokenizer}, an instance is not thread-safe; analyzers create one per thread.
 *
 * <p>A token is a run of Unicode letters, digits, combining marks and '_' that may contain a '.' (or, between
 * letters, an apostrophe) when an identifier character follows it, so a sentence-ending dot is not part of the
 * word. A leading '@' is kept when it is not glued to a preceding word (decorators, not e-mail addresses).
 * Everything else, emoji and symbols included, separates tokens. Runs longer than {@link #MAX_TOKEN_LENGTH}
 * chars are cut into several tokens rather than rejected, so no input can make indexing fail.
 */
final class CodeAwareTokenizer extends Tokenizer {
    /** Longest token emitted, in chars; longer runs continue in the next token. */
    public static final int MAX_TOKEN_LENGTH = 255;

    private static final int EOF = -1;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);

    // A sliding window over the input: buf[pos..limit) is unread, bufBase is the input offset of buf[0].
    // Streaming (rather than reading the whole value) keeps memory flat for large code blocks; the only
    // lookahead needed is one code point, so the window just has to hold a few chars.
    private final char[] buf = new char[4096];
    private int pos;
    private int limit;
    private int bufBase;
    private boolean exhausted;
    // Whether the last code point consumed (in or out of a token) was an identifier char; decides '@'.
    private boolean afterWord;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (!skipToTokenStart()) {
            return false;
        }
        int start = offset();
        readToken();
        int end = offset();
        offsetAtt.setOffset(correctOffset(start), correctOffset(end));
        return true;
    }

    /** Consumes separators; false at end of input. */
    private boolean skipToTokenStart() throws IOException {
        for (int cp = peek(0); cp != EOF; cp = peek(0)) {
            if (isWordChar(cp) || (cp == '@' && !afterWord && isWordChar(peek(1)))) {
                return true;
            }
            afterWord = false;
            pos += Character.charCount(cp);
        }
        return false;
    }

    /** Appends code points to the term until a separator or the length cap. */
    private void readToken() throws IOException {
        for (int cp = peek(0); cp != EOF; cp = peek(0)) {
            boolean first = termAtt.length() == 0;
            boolean accept = first || isWordChar(cp) || isMark(cp) || isJoiner(cp);
            if (!accept || termAtt.length() + Character.charCount(cp) > MAX_TOKEN_LENGTH) {
                return;
            }
            appendCodePoint(cp);
            pos += Character.charCount(cp);
            afterWord = cp != '@' && !isJoinerChar(cp);
        }
    }

    private void appendCodePoint(int cp) {
        if (Character.isBmpCodePoint(cp)) {
            termAtt.append((char) cp);
        } else {
            termAtt.append(Character.highSurrogate(cp)).append(Character.lowSurrogate(cp));
        }
    }

    /**
     * A '.' or apostrophe joins two parts only when an identifier char follows and both fit under the length
     * cap, so no token ever ends with one.
     */
    private boolean isJoiner(int cp) throws IOException {
        int next = peek(Character.charCount(cp));
        if (next == EOF
                || termAtt.length() + Character.charCount(cp) + Character.charCount(next) > MAX_TOKEN_LENGTH) {
            return false;
        }
        if (cp == '.') {
            return afterWord && isWordChar(next);
        }
        // Apostrophes only inside words ("Django's", "don't"), never around quoted strings ('a', 'b').
        return isApostrophe(cp) && afterWord && Character.isLetter(next)
                && Character.isLetter(termAtt.charAt(termAtt.length() - 1));
    }

    private static boolean isJoinerChar(int cp) {
        return cp == '.' || isApostrophe(cp);
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019';
    }

    private static boolean isWordChar(int cp) {
        return cp == '_' || Character.isLetterOrDigit(cp);
    }

    /** Combining marks continue a word (Devanagari vowel signs, decomposed accents) but never start one. */
    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** The code point {@code ahead} chars after the current position, or {@link #EOF}. */
    private int peek(int ahead) throws IOException {
        fill(ahead + 2); // two chars, so a surrogate pair is never cut in half
        int i = pos + ahead;
        if (i >= limit) {
            return EOF;
        }
        return Character.codePointAt(buf, i, limit);
    }

    private void fill(int wanted) throws IOException {
        if (limit - pos >= wanted || exhausted) {
            return;
        }
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        bufBase += pos;
        limit -= pos;
        pos = 0;
        while (limit - pos < wanted && !exhausted) {
            int read = input.read(buf, limit, buf.length - limit);
            if (read < 0) {
                exhausted = true;
            } else {
                limit += read;
            }
        }
    }

    private int offset() {
        return bufBase + pos;
    }

    @Override
    public void end() throws IOException {
        super.end();
        // Drain what is left so the final offset is the true length (matters for multi-valued fields).
        while (peek(0) != EOF) {
            pos = limit;
        }
        int finalOffset = correctOffset(offset());
        offsetAtt.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pos = 0;
        limit = 0;
        bufBase = 0;
        exhausted = false;
        afterWord = false;
    }
}
