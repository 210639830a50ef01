package docsift.search.rank;

import docsift.index.Fields;
import docsift.search.view.ViewMemo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * The second stage of ranking, over the best {@link #DEPTH} first-stage hits. It weighs each query clause by
 * how informative it is (the inverse frequency of the sections it matches: "django" says little about a
 * Django article, "semaphore" a lot), measures the share of that information each hit covers, and
 * <ul>
 *   <li>multiplies the score by the coverage, so a section matching more of the query ranks higher
 *       (coordination: long questions rank by what they are about, not by one repeated word);</li>
 *   <li>demotes sections with no content of their own: only a heading, or nearly nothing but links;</li>
 *   <li>raises sections whose whole heading the query says;</li>
 *   <li>lowers sections by how deep they are in the heading hierarchy, so a subsection must match better than
 *       a broader section to outrank it;</li>
 *   <li>flags as weak the hits that cover too little of the query, or only through corrected words:
 *       the minimum-evidence rule that keeps off-topic queries from confident answers.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class Rescorer {
    /** How many first-stage hits are rescored: well beyond a page, so nothing good is left behind. */
    public static final int DEPTH = 100;

    /** A rescored hit. */
    public record Scored(ScoreDoc doc, double coverage, boolean weak) {
    }

    private final RankingFeatures features;
    /** Information of a clause on an index view: see {@link #information(IndexSearcher, Rescoring)}. */
    private final ViewMemo<Query, Double> informationMemo = new ViewMemo<>(10_000);
    /** What each hit's page is for, remembered per open segment. */
    private final PagePriors priors = new PagePriors();

    public Rescorer(RankingFeatures features) {
        this.features = features;
    }

    /** The hits with new scores, best first. */
    public List<Scored> rescore(IndexSearcher searcher, Rescoring built, ScoreDoc[] hits) throws IOException {
        double[] information = information(searcher, built);
        double[] topical = topical(searcher, built, information);
        Integer[] byDoc = new Integer[hits.length];
        Arrays.setAll(byDoc, i -> i);
        Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
        double[][] matched = coverageEvidence(searcher, built, hits, byDoc, topical);
        float[] proximity = built.proximity() == null ? new float[hits.length]
                : scores(searcher, built.proximity(), hits, byDoc);
        boolean[] verbatim = built.verbatim() == null ? new boolean[hits.length]
                : matches(searcher, built.verbatim(), hits, byDoc);
        float[] defined = features.has(RankingFeature.DEFINED_TERMS) ? Definitions.factors(searcher, built, hits, byDoc)
                : Definitions.none(hits.length);
        Set<String> headingTerms = features.has(RankingFeature.WHOLE_HEADINGS) ? WholeHeadings.headingTerms(built.scoring()) : Set.of();
        float[] prior = priors.factors(searcher, hits, built.form(), features);
        List<Scored> scored = new ArrayList<>(hits.length);
        for (int i = 0; i < hits.length; i++) {
            ScoreDoc hit = new ScoreDoc(hits[i].doc, (hits[i].score + proximity[i]) * prior[i] * defined[i],
                    hits[i].shardIndex);
            scored.add(score(searcher, built, hit, information, topical, matched[i], headingTerms, verbatim[i]));
        }
        Comparator<Scored> byScore = Comparator.comparingDouble((Scored s) -> s.doc().score).reversed();
        scored.sort(byScore.thenComparingInt(s -> s.doc().doc));
        if (hasTies(scored)) {
            // The same text in several articles (a page in every version's folder) scores the same: newest first.
            Map<Integer, String> articles = articleIds(searcher, scored);
            scored.sort(byScore.thenComparing(s -> articles.get(s.doc().doc), VersionOrder.NEWEST_FIRST)
                    .thenComparingInt(s -> s.doc().doc));
        }
        return scored;
    }

    /**
     * How much each hit shows of each clause (per hit, per clause): matched anywhere, then discounted for words only
     * in the hit's own heading, only in link text, and scattered over a catch-all section.
     */
    private double[][] coverageEvidence(IndexSearcher searcher, Rescoring built, ScoreDoc[] hits, Integer[] byDoc,
                                        double[] topical) throws IOException {
        ClauseForms forms = ClauseForms.find(searcher, built, features, hits, byDoc);
        double[][] matched = matched(built, forms, hits.length);
        if (features.has(RankingFeature.OWN_TEXT)) {
            OwnText.discount(searcher, built, hits, forms, matched);
        }
        if (features.has(RankingFeature.LINK_TEXT)) {
            LinkText.discount(built, forms, matched);
        }
        if (features.has(RankingFeature.PASSAGES)) {
            Passages.discount(searcher, built, hits, topical, matched);
        }
        return matched;
    }

    private static boolean hasTies(List<Scored> sorted) {
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).doc().score == sorted.get(i - 1).doc().score) {
                return true;
            }
        }
        return false;
    }

    /** Each hit's article id, from the article doc values. */
    private static Map<Integer, String> articleIds(IndexSearcher searcher, List<Scored> hits) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Integer, String> articles = new HashMap<>();
        for (Scored hit : hits) {
            int doc = hit.doc().doc;
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            SortedDocValues values = DocValues.getSorted(leaf.reader(), Fields.ARTICLE);
            boolean has = values.advanceExact(doc - leaf.docBase);
            articles.put(doc, has ? values.lookupOrd(values.ordValue()).utf8ToString() : "");
        }
        return articles;
    }

    private Scored score(IndexSearcher searcher, Rescoring built, ScoreDoc hit, double[] information,
                         double[] topical, double[] matched, Set<String> headingTerms, boolean verbatim)
            throws IOException {
        // What the weak flag counts: corrected words only in part.
        double[] credited = new double[matched.length];
        for (int c = 0; c < matched.length; c++) {
            credited[c] = matched[c] * (built.clauses().get(c).corrected() ? RankingWeights.CORRECTED_EVIDENCE : 1);
        }
        double coverage = share(topical, matched);
        double evidence = share(information, credited);
        if (built.isComparison()) {
            coverage = Math.max(coverage, RankingWeights.ONE_SIDE_SHARE * bestSide(built.sides(), topical, matched));
            evidence = Math.max(evidence, bestSide(built.sides(), information, credited));
        }
        float score = hit.score;
        if (features.has(RankingFeature.COORDINATION)) {
            score *= (float) Math.pow(coverage, RankingWeights.COORDINATION_EXPONENT);
        }
        float ownContent = ownContentFactor(searcher, hit.doc);
        if (features.has(RankingFeature.EMPTY_SECTIONS)) {
            score *= ownContent;
        }
        if (features.has(RankingFeature.HIERARCHY)) {
            score *= (float) Math.pow(RankingWeights.DEPTH_FACTOR, depth(searcher, hit.doc));
        }
        if (ownContent == 1f && WholeHeadings.covered(searcher, hit.doc, headingTerms)) {
            score *= 1 + RankingWeights.WHOLE_HEADING_BONUS;
        }
        if (verbatim) {
            score *= 1 + RankingWeights.VERBATIM_BONUS;
        }
        boolean weak = features.has(RankingFeature.MINIMUM_EVIDENCE) && evidence < RankingWeights.MIN_COVERAGE;
        return new Scored(new ScoreDoc(hit.doc, score, hit.shardIndex), coverage, weak);
    }

    /** The larger of the shares of each side of a comparison that the matches cover. */
    private static double bestSide(List<Integer> sides, double[] weights, double[] matched) {
        return Math.max(share(weights, matched, c -> sides.get(c) == 0), share(weights, matched, c -> sides.get(c) == 1));
    }

    /** The share of the weights the matches cover. */
    private static double share(double[] weights, double[] matched) {
        return share(weights, matched, c -> true);
    }

    /** The share of the weights of the clauses {@code counted} that the matches cover. */
    private static double share(double[] weights, double[] matched, IntPredicate counted) {
        double total = 0;
        double covered = 0;
        for (int c = 0; c < weights.length; c++) {
            if (counted.test(c)) {
                total += weights[c];
                covered += weights[c] * matched[c];
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    /**
     * What each clause says about the topic, for ranking: its information times its {@link Topicality}, so a
     * rare but ordinary word ("write") weighs less than the subject of the question ("manager"). The weak flag
     * keeps the plain information, on which the minimum evidence was set.
     */
    private double[] topical(IndexSearcher searcher, Rescoring built, double[] information) throws IOException {
        double[] topical = information.clone();
        for (int c = 0; features.has(RankingFeature.TOPICALITY) && c < topical.length; c++) {
            topical[c] *= Topicality.of(searcher.getIndexReader(), built.clauses().get(c).query());
        }
        return topical;
    }

    /**
     * Inverse section frequency of each clause: rare clauses carry more of the query's meaning. Remembered per
     * index view and clause, since counting the sections a common word matches walks all of its postings (a
     * tenth of the search time on a large corpus) and the same words recur from query to query.
     */
    private double[] information(IndexSearcher searcher, Rescoring built) throws IOException {
        double[] information = new double[built.clauses().size()];
        for (int c = 0; c < information.length; c++) {
            information[c] = informationMemo.get(searcher.getIndexReader(), built.clauses().get(c).query(),
                    clause -> information(searcher, clause));
        }
        return information;
    }

    private static double information(IndexSearcher searcher, Query clause) throws IOException {
        Query sections = new TermQuery(new Term(Fields.KIND, Fields.Kind.SECTION.value()));
        int n = searcher.count(sections);
        Query inSections = new BooleanQuery.Builder().add(clause, BooleanClause.Occur.MUST)
                .add(sections, BooleanClause.Occur.FILTER).build();
        int df = searcher.count(inSections);
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /**
     * How fully each hit matches each clause: 1, {@link RankingWeights#CODE_ONLY_EVIDENCE} for a plain word found only in
     * code, or 0.
     */
    private static double[][] matched(Rescoring built, ClauseForms forms, int hits) {
        double[][] matched = new double[hits][built.clauses().size()];
        for (int c = 0; c < built.clauses().size(); c++) {
            boolean[] anywhere = forms.anywhere(c);
            boolean[] inProse = forms.prose(c) == null ? anywhere : forms.prose(c);
            for (int i = 0; i < hits; i++) {
                matched[i][c] = inProse[i] ? 1 : anywhere[i] ? RankingWeights.CODE_ONLY_EVIDENCE : 0;
            }
        }
        return matched;
    }

    /** Each hit's score for the query (0 where it does not match). */
    private static float[] scores(IndexSearcher searcher, Query query, ScoreDoc[] hits, Integer[] byDoc)
            throws IOException {
        float[] scores = new float[hits.length];
        walk(searcher, query, ScoreMode.COMPLETE, hits, byDoc, (i, scorer) -> scores[i] = scorer.score());
        return scores;
    }

    /** Which hits match the query. */
    static boolean[] matches(IndexSearcher searcher, Query query, ScoreDoc[] hits, Integer[] byDoc)
            throws IOException {
        boolean[] matched = new boolean[hits.length];
        walk(searcher, query, ScoreMode.COMPLETE_NO_SCORES, hits, byDoc, (i, scorer) -> matched[i] = true);
        return matched;
    }

    /** What is done with a hit the query matches, positioned on it. */
    @FunctionalInterface
    private interface MatchVisitor {
        void visit(int hit, Scorer scorer) throws IOException;
    }

    /** Visits the hits the query matches, walking its matches once in document order ({@code byDoc}). */
    private static void walk(IndexSearcher searcher, Query query, ScoreMode mode, ScoreDoc[] hits, Integer[] byDoc,
                             MatchVisitor visitor) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Weight weight = searcher.createWeight(searcher.rewrite(query), mode, 1f);
        LeafReaderContext leaf = null;
        Scorer scorer = null;
        for (int i : byDoc) {
            int doc = hits[i].doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                scorer = weight.scorer(leaf);
            }
            int local = doc - leaf.docBase;
            if (scorer != null && (scorer.docID() == local
                    || (scorer.docID() < local && scorer.iterator().advance(local) == local))) {
                visitor.visit(i, scorer);
            }
        }
    }

    /** How many headings enclose the document's section; 0 when unknown. */
    private static long depth(IndexSearcher searcher, int doc) throws IOException {
        return numeric(searcher, doc, Fields.DEPTH, 0);
    }

    /**
     * 1 for a section with content of its own; less for one that is only a heading, or whose text is nearly all
     * links to elsewhere ("See also", "What's next"): they point at answers rather than give them.
     */
    private static float ownContentFactor(IndexSearcher searcher, int doc) throws IOException {
        long body = numeric(searcher, doc, Fields.BODY_WORDS, -1);
        if (body < 0) {
            return 1f;
        }
        if (body == 0) {
            return RankingWeights.EMPTY_SECTION_FACTOR;
        }
        boolean navigation = numeric(searcher, doc, Fields.LINK_WORDS, 0) >= RankingWeights.LINK_SHARE * body;
        return navigation ? RankingWeights.NAVIGATION_FACTOR : 1f;
    }

    /** A document's numeric doc value, or {@code missing} when it has none. */
    static long numeric(IndexSearcher searcher, int doc, String field, long missing) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues values = DocValues.getNumeric(leaf.reader(), field);
        return values.advanceExact(doc - leaf.docBase) ? values.longValue() : missing;
    }
}
