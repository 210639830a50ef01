package docsift.search.collapse;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.search.ScoreDoc;

/**
 * What the collapsing first stage kept: one document per key (a section in its preferred version), with its
 * score and the hash of its page. Immutable once built; thread-safe to read.
 */
public final class Collapsed {
    static final Collapsed EMPTY = new Collapsed(new int[0], new float[0], new long[0]);

    /**
     * The best hits, best first (as Lucene's top-score collector orders them: by score, then by document), and
     * the page of each, by document.
     */
    public record Ranked(ScoreDoc[] docs, Map<Integer, Long> pageOf) {
    }

    private final int[] docs;
    private final float[] scores;
    private final long[] pages;

    Collapsed(int[] docs, float[] scores, long[] pages) {
        this.docs = docs;
        this.scores = scores;
        this.pages = pages;
    }

    /** Number of hits after collapsing: the total a reader is told. */
    public int total() {
        return docs.length;
    }

    /** Number of pages the hits are on. */
    public int pages() {
        return hitsPerPage().size();
    }

    /** How many hits each page has. */
    public Map<Long, Integer> hitsPerPage() {
        Map<Long, Integer> counts = new HashMap<>();
        for (long page : pages) {
            counts.merge(page, 1, Integer::sum);
        }
        return counts;
    }

    /**
     * The best {@code minHits} hits, and more when they are on fewer than {@code minPages} pages: as many as it
     * takes to fill that many pages (or all hits).
     */
    public Ranked top(int minHits, int minPages) {
        Integer[] order = minPages == 0 ? best(minHits) : all();
        int end = Math.min(order.length, minHits);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < end; i++) {
            seen.add(pages[order[i]]);
        }
        while (end < order.length && seen.size() < minPages) {
            seen.add(pages[order[end++]]);
        }
        ScoreDoc[] top = new ScoreDoc[end];
        Map<Integer, Long> pageOf = new HashMap<>(end * 2);
        for (int i = 0; i < end; i++) {
            top[i] = new ScoreDoc(docs[order[i]], scores[order[i]]);
            pageOf.put(top[i].doc, pages[order[i]]);
        }
        return new Ranked(top, pageOf);
    }

    private Comparator<Integer> bestFirst() {
        return Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> docs[i]);
    }

    private Integer[] all() {
        Integer[] order = new Integer[docs.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, bestFirst());
        return order;
    }

    /** The best {@code n} slots, best first, through a bounded heap rather than a sort of every hit. */
    private Integer[] best(int n) {
        if (n >= docs.length) {
            return all();
        }
        PriorityQueue<Integer> heap = new PriorityQueue<>(n + 1, bestFirst().reversed());
        for (int i = 0; i < docs.length; i++) {
            heap.add(i);
            if (heap.size() > n) {
                heap.poll();
            }
        }
        Integer[] order = heap.toArray(Integer[]::new);
        Arrays.sort(order, bestFirst());
        return order;
    }
}
