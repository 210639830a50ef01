package docsift.search.rank;

import java.util.Comparator;

/**
 * Orders article ids as people read versions: runs of digits by their value, so {@code v10.1/explain.md} comes
 * after {@code v9.2/explain.md}, the rest by character. Used newest first to break exact ties between hits:
 * versioned docs repeat a page word for word in every version's folder, and the same text scores the same,
 * so the oldest version, indexed first, used to come first. Stateless.
 */
public final class VersionOrder implements Comparator<String> {
    /** Highest version first. */
    public static final Comparator<String> NEWEST_FIRST = new VersionOrder().reversed();

    private VersionOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            if (isDigit(a.charAt(i)) && isDigit(b.charAt(j))) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byValue = compareNumbers(a.substring(i, endA), b.substring(j, endB));
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else {
                int byChar = Character.compare(a.charAt(i), b.charAt(j));
                if (byChar != 0) {
                    return byChar;
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Two runs of digits by value, however long: leading zeros aside, the longer is the larger. */
    private static int compareNumbers(String a, String b) {
        String x = stripZeros(a);
        String y = stripZeros(b);
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }

    private static String stripZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }
}
