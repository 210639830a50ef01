package docsift.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The edits the freshness benchmarks save: v2 of the article with one new, unique word appended to one prose
 * line, a line further on for each edit. Immutable.
 */
final class ArticleEdits {
    static final String ARTICLE = "advanced-topics.md";

    private final String original;
    private final List<Integer> proseLines;

    private ArticleEdits(String original) {
        this.original = original;
        this.proseLines = proseLines(original);
    }

    /** Edits of v2 of the article (156 KB, from the test resources). */
    static ArticleEdits ofV2() throws IOException {
        try (InputStream in = ArticleEdits.class.getResourceAsStream("/articles/advanced-topics.v2.md")) {
            return new ArticleEdits(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The article as it is before any edit. */
    String original() {
        return original;
    }

    /** The article with the word appended to one prose line; each edit picks a line further on. */
    String withWord(int n, String word) {
        String[] lines = original.split("\n", -1);
        int line = proseLines.get((int) ((n * 7919L) % proseLines.size()));
        lines[line] = lines[line] + " " + word;
        return String.join("\n", lines);
    }

    /**
     * A word found nowhere else: ten random letters, so no analyzer splits it and it is nowhere near the
     * previous edit's word (search may forgive a typo or two, which would find that one before the commit).
     */
    static String uniqueWord(int n) {
        Random random = new Random(n);
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** Lines of plain prose: outside code fences, not headings, lists, tables or quotes. */
    private static List<Integer> proseLines(String text) {
        List<Integer> lines = new ArrayList<>();
        boolean inFence = false;
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            String line = all[i];
            if (line.startsWith("```")) {
                inFence = !inFence;
            } else if (!inFence && line.length() > 40 && Character.isLetter(line.charAt(0))) {
                lines.add(i);
            }
        }
        return lines;
    }
}
