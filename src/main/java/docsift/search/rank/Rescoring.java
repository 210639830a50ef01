package docsift.search.rank;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * What the second stage ({@link Rescorer}) needs to know of a query, as the query stage built it. Immutable.
 *
 * @param scoring   what finds and first ranks hits (filters are added by the caller)
 * @param proximity the bonus for query words standing close together, or null: added to the score of the
 *                  hits that are rescored only, since reading the positions of every match (tens of
 *                  thousands for a question on a large corpus) was a quarter of such a search's time; a
 *                  hit's score is the same as if it were part of {@code scoring}
 * @param verbatim  the whole query as written in one field (a pasted line), or null; a bonus for the rescored
 *                  hits it matches
 * @param clauses   one part per positive clause of the user query (all fields), to measure how much of
 *                  the query a hit covers
 * @param sides     for a comparison ("list comprehension vs generator"), the side of "vs" each clause part
 *                  stands on (0 before, 1 after, -1 neither); empty for any other query
 * @param form      what the query's form says about the page wanted (versions, how-to), for the page priors
 * @param defines   the sections that define an identifier of the query ({@link RankingFeature#DEFINED_TERMS}), or
 *                  null when the query has none
 */
public record Rescoring(Query scoring, Query proximity, Query verbatim, List<Part> clauses, List<Integer> sides,
                        QueryForm form, Query defines) {
    public Rescoring {
        clauses = List.copyOf(clauses);
        sides = List.copyOf(sides);
        form = form == null ? QueryForm.PLAIN : form;
    }

    /** True when the query compares two things and each side has clauses of its own. */
    boolean isComparison() {
        return sides.contains(0) && sides.contains(1);
    }

    /**
     * One clause of the user query on all fields.
     *
     * @param query     the clause's query
     * @param corrected true when the clause matches only through corrections of a word the index does not know
     * @param prose     for a plain word, its query on the English fields only: a plain word found only in code
     *                  (an unrelated {@code file.write} for "write") is weaker evidence; null for identifiers,
     *                  phrases and other clauses, for which a match anywhere is full evidence
     * @param body      the clause on everything of a section but its heading (prose, use cases, code, breadcrumb),
     *                  or null when the clause cannot tell: a section that has the clause only in its heading is
     *                  labelled with it but does not discuss it ({@link RankingFeature#OWN_TEXT})
     * @param linkOnly  for a word, what matches the sections that say it only as the text of links, or null: such a
     *                  section points at the page about it rather than discussing it ({@link RankingFeature#LINK_TEXT})
     */
    public record Part(Query query, boolean corrected, Query prose, Query body, Query linkOnly) {
        public Part(Query query, boolean corrected, Query prose, Query body) {
            this(query, corrected, prose, body, null);
        }

        public Part(Query query, boolean corrected, Query prose) {
            this(query, corrected, prose, null);
        }

        public Part(Query query, boolean corrected) {
            this(query, corrected, null, null);
        }
    }
}
