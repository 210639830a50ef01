package docsift.markdown.site;

import java.util.function.IntUnaryOperator;

/**
 * A "first match at or after a position" search that remembers its last answer, for callers whose positions
 * never decrease: every match is looked for once, so a scan that asks at each of n positions costs O(n) in
 * total instead of O(n²) when matches are rare or absent (100 000 unclosed <code>{{</code>, say). Still correct,
 * though without the saving, when a position goes backwards. Not thread-safe; one per scan.
 */
final class ForwardSearch {

    private final IntUnaryOperator firstFrom;
    /** Position of the last search actually run; MAX_VALUE before the first one. */
    private int searchedFrom = Integer.MAX_VALUE;
    /** Its answer: the first match at or after searchedFrom, or -1 for none. */
    private int found = -1;

    /** @param firstFrom the index of the first match at or after its argument, or -1 when there is none */
    ForwardSearch(IntUnaryOperator firstFrom) {
        this.firstFrom = firstFrom;
    }

    /** A search for a fixed string in {@code text}. */
    static ForwardSearch of(String text, String needle) {
        return new ForwardSearch(from -> text.indexOf(needle, from));
    }

    /** The first match at or after {@code position}, or -1 when there is none. */
    int from(int position) {
        boolean stillValid = position >= searchedFrom && (found < 0 || found >= position);
        if (!stillValid) {
            searchedFrom = position;
            found = firstFrom.applyAsInt(position);
        }
        return found;
    }
}
