package docsift.eval;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Something that ranks the sections of one article, or of every article of a corpus, for a query: the docsift
 * search service, or a baseline to compare it with. Implementations own their index and are closed after the
 * evaluation.
 */
public interface Ranker extends AutoCloseable {
    /** A short name for reports. */
    String name();

    /** The top sections for {@code query}, best first (at most {@code limit}). */
    Ranking rank(String query, int limit) throws IOException;

    @Override
    void close() throws IOException;

    /**
     * One ranked section. Immutable.
     *
     * @param article the id of its article: the file path relative to the corpus, e.g. {@code indexes.md}
     * @param heading the section heading as in the article
     * @param path    its ancestor headings, outermost first
     * @param weak    true when the ranker itself flags the hit as weak evidence
     */
    record RankedSection(String article, String heading, List<String> path, boolean weak) {
        public RankedSection {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(heading, "heading");
            path = List.copyOf(path);
        }

        /**
         * True when a judged key names this section: its heading, {@code "parent > heading"}, or
         * {@code "article > heading"}. The article form tells apart a heading that several files repeat.
         */
        public boolean isNamedBy(String key) {
            return heading.equals(key) || key.equals(article + " > " + heading)
                    || (!path.isEmpty() && key.equals(path.getLast() + " > " + heading));
        }

        /** The section as a report shows it: the heading, after its article when asked. */
        String label(boolean withArticle) {
            return (withArticle ? article + " > " : "") + heading + (weak ? " (weak)" : "");
        }
    }

    /**
     * The answer to one query. Immutable.
     *
     * @param sections ranked sections, best first
     */
    record Ranking(List<RankedSection> sections) {
        public Ranking {
            sections = List.copyOf(sections);
        }

        /** No hits, or only hits the ranker flags as weak: what an off-topic query should get. */
        public boolean noConfidentHit() {
            return sections.stream().allMatch(RankedSection::weak);
        }
    }
}
