package docsift.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Works out which terms an identifier expands to and where each sits; the pure half of
 * {@link IdentifierExpansionFilter}, kept apart so the rules can be read (and tested) without token streams.
 * Stateless and thread-safe.
 */
final class IdentifierParts {
    /** Longest dotted sub-chain emitted, in components: enough for {@code a.b.c.d.e.f}, bounded cost on junk. */
    static final int MAX_CHAIN_COMPONENTS = 6;

    private IdentifierParts() {
    }

    /**
     * One term to emit: chars {@code [start, end)} of the identifier, at word-part {@code position}
     * (0 = first part). Pieces sharing a position are stacked on one another.
     */
    record Piece(int start, int end, int position) {
    }

    /**
     * True when a term must not be stemmed because it is an identifier: it contains '.', '_' or '@'. The same
     * rule on the index and the query side (applied after lower-casing, where camelCase is no longer visible)
     * keeps both sides producing the same term.
     */
    static boolean isIdentifierTerm(CharSequence term) {
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c == '.' || c == '_' || c == '@') {
                return true;
            }
        }
        return false;
    }

    /**
     * The pieces of {@code token} in emitting order (start ascending, longer first), or an empty list when the
     * token is a plain word that should pass through untouched.
     */
    static List<Piece> plan(String token) {
        List<int[]> parts = wordParts(token);
        boolean compound = parts.size() > 1 || isIdentifierTerm(token);
        if (!compound || parts.isEmpty()) {
            return List.of();
        }
        List<int[]> ranges = new ArrayList<>(parts);
        ranges.add(new int[] {0, token.length()});
        addDottedChains(token, parts, ranges);
        ranges.sort(Comparator.<int[]>comparingInt(r -> r[0]).thenComparing(r -> -r[1]));
        return positioned(ranges, parts);
    }

    /** Word parts: split on '_', '.', '@', at lower-to-upper and letter-digit changes, and before the last
     * capital of an acronym that starts a word ({@code HTTPResponse} is http + response). */
    static List<int[]> wordParts(String token) {
        List<int[]> parts = new ArrayList<>();
        int start = -1;
        int prev = -1;
        for (int i = 0; i < token.length(); i += Character.charCount(token.codePointAt(i))) {
            int cp = token.codePointAt(i);
            if (cp == '_' || cp == '.' || cp == '@') {
                close(parts, start, i);
                start = -1;
            } else if (start < 0) {
                start = i;
            } else if (isBoundary(prev, cp, nextCodePoint(token, i))) {
                close(parts, start, i);
                start = i;
            }
            prev = cp;
        }
        close(parts, start, token.length());
        return parts;
    }

    private static boolean isBoundary(int prev, int cp, int next) {
        if (Character.isLowerCase(prev) && Character.isUpperCase(cp)) {
            return true;
        }
        if (Character.isUpperCase(prev) && Character.isUpperCase(cp) && Character.isLowerCase(next)) {
            return true;
        }
        boolean letters = Character.isLetter(prev) || Character.isLetter(cp);
        return letters && Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(cp)
                && Character.isDigit(prev) != Character.isDigit(cp);
    }

    private static int nextCodePoint(String s, int i) {
        int next = i + Character.charCount(s.codePointAt(i));
        return next < s.length() ? s.codePointAt(next) : -1;
    }

    private static void close(List<int[]> parts, int start, int end) {
        if (start >= 0 && end > start) {
            parts.add(new int[] {start, end});
        }
    }

    /**
     * Every contiguous run of up to {@link #MAX_CHAIN_COMPONENTS} dotted components, plus the whole chain
     * without its '@' (so {@code app.get} finds {@code @app.get}). Runs holding no word part are skipped.
     */
    private static void addDottedChains(String token, List<int[]> parts, List<int[]> out) {
        int body = token.startsWith("@") ? 1 : 0;
        List<int[]> components = new ArrayList<>();
        int start = body;
        for (int i = body; i <= token.length(); i++) {
            if (i == token.length() || token.charAt(i) == '.') {
                close(components, start, i);
                start = i + 1;
            }
        }
        int n = components.size();
        for (int i = 0; i < n; i++) {
            for (int j = i; j < Math.min(n, i + MAX_CHAIN_COMPONENTS); j++) {
                addIfHasPart(new int[] {components.get(i)[0], components.get(j)[1]}, parts, out);
            }
        }
        if (body == 1 && n > 0) {
            addIfHasPart(new int[] {components.get(0)[0], components.get(n - 1)[1]}, parts, out);
        }
    }

    private static void addIfHasPart(int[] range, List<int[]> parts, List<int[]> out) {
        for (int[] part : parts) {
            if (part[0] >= range[0] && part[1] <= range[1]) {
                out.add(range);
                return;
            }
        }
    }

    /**
     * Drops duplicate ranges and gives each piece the position of the first word part at or after its start,
     * so parts are consecutive and longer pieces stack on the part they begin with.
     */
    private static List<Piece> positioned(List<int[]> sorted, List<int[]> parts) {
        List<Piece> pieces = new ArrayList<>(sorted.size());
        int part = 0;
        int[] last = null;
        for (int[] r : sorted) {
            if (last != null && last[0] == r[0] && last[1] == r[1]) {
                continue;
            }
            while (part < parts.size() - 1 && parts.get(part)[0] < r[0]) {
                part++;
            }
            pieces.add(new Piece(r[0], r[1], part));
            last = r;
        }
        return pieces;
    }
}
