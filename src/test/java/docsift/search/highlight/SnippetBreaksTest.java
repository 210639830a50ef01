package docsift.search.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import org.junit.jupiter.api.Test;

/** Snippet boundaries: sentences, line breaks, and word boundaries inside run-on text. */
class SnippetBreaksTest {
    private static SnippetBreaks over(String text) {
        SnippetBreaks breaks = new SnippetBreaks(true);
        breaks.setText(text);
        return breaks;
    }

    @Test
    void sentencesAndLinesAreBoundaries() {
        String text = "First sentence here. Second one\nlist item without a stop\nlast item";
        SnippetBreaks breaks = over(text);
        assertEquals(text.indexOf("Second"), breaks.following(3));
        assertEquals(text.indexOf("list"), breaks.following(text.indexOf("Second")));
        assertEquals(text.indexOf("last"), breaks.following(text.indexOf("without")));
        assertEquals(text.indexOf("list"), breaks.preceding(text.indexOf("without")));
        assertEquals(0, breaks.preceding(text.indexOf("sentence")));
        assertEquals(BreakIterator.DONE, breaks.following(text.length()));
        assertEquals(BreakIterator.DONE, breaks.preceding(0));
    }

    @Test
    void runOnTextIsCutAtWordStartsWithinTheLimit() {
        String text = "word ".repeat(400).strip();
        SnippetBreaks breaks = over(text);
        int from = 1000;
        int next = breaks.following(from);
        assertTrue(next > from && next - from <= SnippetBreaks.MAX_AFTER, "following " + next);
        assertEquals(' ', text.charAt(next - 1));
        int previous = breaks.preceding(from);
        assertTrue(previous < from && from - previous <= SnippetBreaks.MAX_BEFORE, "preceding " + previous);
        assertEquals(' ', text.charAt(previous - 1));
    }

    @Test
    void aWordLongerThanTheLimitIsCutInside() {
        String text = "x".repeat(1000);
        SnippetBreaks breaks = over(text);
        assertEquals(SnippetBreaks.MAX_AFTER, breaks.following(0));
        int previous = breaks.preceding(500);
        assertTrue(previous < 500 && 500 - previous <= SnippetBreaks.MAX_BEFORE, "preceding " + previous);
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String text = "\uD83D\uDE00".repeat(500);
        SnippetBreaks breaks = over(text);
        for (int offset = 0; offset < text.length(); offset += 2) {
            int next = breaks.following(offset);
            assertTrue(next == BreakIterator.DONE || next == text.length() || !Character.isLowSurrogate(text.charAt(next)), "following " + offset);
            int previous = breaks.preceding(offset + 1);
            assertTrue(previous == BreakIterator.DONE || !Character.isLowSurrogate(text.charAt(previous)), "preceding " + offset);
        }
    }

    @Test
    void walksTheWholeTextForwardAndBack() {
        String text = "One. Two\n" + "three ".repeat(100) + "\nend.";
        SnippetBreaks breaks = over(text);
        int steps = 0;
        for (int at = breaks.first(); at != BreakIterator.DONE && at < text.length(); at = breaks.next()) {
            steps++;
        }
        assertEquals(text.length(), breaks.current());
        int back = 0;
        for (int at = breaks.last(); at != BreakIterator.DONE && at > 0; at = breaks.previous()) {
            back++;
        }
        assertEquals(0, breaks.current());
        assertTrue(steps >= 5 && back >= 5, steps + " forward, " + back + " back");
    }

    @Test
    void aSnippetStartsAtASentenceNotAtTheFullStopBeforeIt() {
        // The JDK's sentence iterator, asked for the boundary before an offset, answered 36 here: the position of
        // ". |", which no forward pass gives, and table-cell snippets began "… . | |". Boundaries are now read
        // forward once.
        String text = "Default: 100. Minimum: 0 (unlimited). | | ttl_row_stats_poll_interval | If set, counts rows";
        SnippetBreaks breaks = over(text);
        assertEquals(text.indexOf("Minimum"), breaks.preceding(text.indexOf("ttl_row")));
        assertEquals(text.indexOf("Minimum"), breaks.preceding(text.indexOf("(unlimited)")));
        assertEquals(text.indexOf("Minimum"), breaks.following(3));
        assertEquals(text.length(), breaks.following(text.indexOf("Minimum")));
        assertEquals(text.indexOf("Minimum"), breaks.preceding(text.length()));
    }
}
