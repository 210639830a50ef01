package docsift.markdown;

import java.util.Arrays;

/**
 * Line numbers of one source text: maps character offsets to 1-based lines and slices whole lines back out.
 * Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, as in CommonMark. Immutable and thread-safe.
 */
final class LineIndex {

    private final String source;
    /** Offset of the first character of each line; line n (1-based) starts at starts[n - 1]. */
    private final int[] starts;

    LineIndex(String source) {
        this.source = source;
        this.starts = lineStarts(source);
    }

    int lineCount() {
        return starts.length;
    }

    /** The 1-based line holding {@code offset}; offsets past the end map to the last line. */
    int lineOf(int offset) {
        int found = Arrays.binarySearch(starts, Math.max(0, offset));
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** Lines {@code first..last} (1-based, inclusive) as written, without the last line's terminator. */
    String slice(int first, int last) {
        return source.substring(starts[first - 1], contentEnd(last));
    }

    /** The last line in {@code first..last} that is not blank, or {@code first} when all are blank. */
    int lastNonBlank(int first, int last) {
        int line = last;
        while (line > first && slice(line, line).isBlank()) {
            line--;
        }
        return line;
    }

    private int contentEnd(int line) {
        int end = line < starts.length ? starts[line] : source.length();
        while (end > starts[line - 1] && isBreak(source.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private static int[] lineStarts(String source) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            boolean crlf = c == '\r' && i + 1 < source.length() && source.charAt(i + 1) == '\n';
            if (isBreak(c) && !crlf) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }
}
