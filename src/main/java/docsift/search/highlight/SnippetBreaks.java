package docsift.search.highlight;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where a snippet may start and end: at line breaks, at sentence boundaries (prose), and inside a run-on
 * "sentence" or a long line of code at a word boundary at most {@link #MAX_BEFORE} characters before a match
 * or {@link #MAX_AFTER} after it. Prose joins list items and table rows with line breaks, and most have no
 * full stop: to a plain sentence iterator a forty-item list of methods is one sentence, and the snippet of a
 * hit in it was the whole list, 2,000 characters; a line of query output in a code block can be 26,000.
 * Not thread-safe, as no {@link BreakIterator} is; one per highlighted field and request.
 */
final class SnippetBreaks extends BreakIterator {
    /**
     * The longest stretches without a boundary, before and after a match. A snippet is made of the units around
     * its matches up to a target length (240), so a unit must not be longer; like the highlighter's alignment
     * (the match a third in), a cut shows less of what leads up to the match than of what follows it.
     */
    static final int MAX_BEFORE = 100;
    static final int MAX_AFTER = 200;
    /** How far a word boundary is looked for, towards the match, before a word is cut. */
    private static final int WORD_SEARCH = 40;

    /** Line breaks: the newline, and the separator the highlighter puts between the values of a field. */
    static final String LINE_BREAKS = "\n" + Snippets.VALUE_SEPARATOR;

    /** Sentence boundaries, or null for code. */
    private final BreakIterator sentences;
    /**
     * The sentence boundaries found so far, in order, from 0: read forward once, as far as a call needs. The
     * JDK's sentence iterator finds a preceding boundary by backing up and reading forward again, which was a
     * third of all search time (JFR); the highlighter asks for boundaries around every match.
     */
    private int[] sentenceBounds = new int[16];
    private int sentenceCount;
    private boolean sentencesDone;
    private String text = "";
    private int current;

    /** Boundaries of prose ({@code sentences} true) or code (lines only). */
    SnippetBreaks(boolean sentences) {
        this.sentences = sentences ? BreakIterator.getSentenceInstance(Locale.ROOT) : null;
    }

    @Override
    public int first() {
        current = 0;
        return current;
    }

    @Override
    public int last() {
        current = text.length();
        return current;
    }

    @Override
    public int next(int n) {
        int result = current;
        for (int i = 0; i < n && result != DONE; i++) {
            result = next();
        }
        for (int i = 0; i > n && result != DONE; i--) {
            result = previous();
        }
        return result;
    }

    @Override
    public int next() {
        return following(current);
    }

    @Override
    public int previous() {
        return preceding(current);
    }

    /** The first boundary after {@code offset}: the nearest of the next sentence end, line start or cut. */
    @Override
    public int following(int offset) {
        checkOffset(offset);
        if (offset >= text.length()) {
            current = text.length();
            return DONE;
        }
        int boundary = sentences == null ? text.length() : sentenceFollowing(offset);
        for (int i = offset; i < Math.min(boundary - 1, offset + MAX_AFTER); i++) {
            if (LINE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                boundary = i + 1;
            }
        }
        if (boundary - offset > MAX_AFTER) {
            boundary = wordStartBefore(offset + MAX_AFTER, offset);
        }
        current = boundary;
        return current;
    }

    /** The last boundary before {@code offset}: the nearest of the sentence start, line start or cut. */
    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        if (offset <= 0) {
            current = 0;
            return DONE;
        }
        int boundary = sentences == null ? 0 : sentencePreceding(offset);
        for (int i = offset - 2; i >= Math.max(boundary, offset - MAX_BEFORE - 1); i--) {
            if (LINE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                boundary = i + 1;
            }
        }
        if (offset - boundary > MAX_BEFORE) {
            boundary = wordStartBefore(offset - MAX_BEFORE + WORD_SEARCH, offset - MAX_BEFORE);
        }
        current = boundary;
        return current;
    }

    @Override
    public boolean isBoundary(int offset) {
        checkOffset(offset);
        return offset == 0 || offset == text.length() || following(offset - 1) == offset;
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public void setText(String newText) {
        text = newText;
        if (sentences != null) {
            sentences.setText(newText);
            sentenceBounds[0] = sentences.first();
            sentenceCount = 1;
            sentencesDone = false;
        }
        current = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            copy.append(c);
        }
        setText(copy.toString());
    }

    /** The first sentence boundary after {@code offset} (which is below the text's length). */
    private int sentenceFollowing(int offset) {
        while (!sentencesDone && sentenceBounds[sentenceCount - 1] <= offset) {
            readSentence();
        }
        int at = Arrays.binarySearch(sentenceBounds, 0, sentenceCount, offset + 1);
        int index = at >= 0 ? at : -at - 1;
        return index < sentenceCount ? sentenceBounds[index] : text.length();
    }

    /** The last sentence boundary before {@code offset} (which is above 0). */
    private int sentencePreceding(int offset) {
        while (!sentencesDone && sentenceBounds[sentenceCount - 1] < offset) {
            readSentence();
        }
        int at = Arrays.binarySearch(sentenceBounds, 0, sentenceCount, offset);
        int index = (at >= 0 ? at : -at - 1) - 1;
        return index >= 0 ? sentenceBounds[index] : 0;
    }

    private void readSentence() {
        int next = sentences.next();
        if (next == DONE) {
            sentencesDone = true;
            return;
        }
        if (sentenceCount == sentenceBounds.length) {
            sentenceBounds = Arrays.copyOf(sentenceBounds, sentenceCount * 2);
        }
        sentenceBounds[sentenceCount++] = next;
    }

    /**
     * The start of the word that contains or follows {@code limit - 1}, looked for back to {@code floor};
     * {@code limit} itself when the words there are too long to find one (the cut then falls inside a word).
     */
    private int wordStartBefore(int limit, int floor) {
        int end = Math.min(limit, text.length());
        for (int i = end; i > Math.max(floor, end - WORD_SEARCH); i--) {
            if (i < text.length() && Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        // Never between the two halves of a character outside the BMP (an emoji): the snippet would be invalid.
        return end < text.length() && end > floor + 1 && Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end;
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside 0.." + text.length());
        }
    }
}
