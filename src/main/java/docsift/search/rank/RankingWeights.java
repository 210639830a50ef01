package docsift.search.rank;

/**
 * Every tuned number of the ranking, in one place, each with what chose it: the weights that build the
 * first-stage query ({@code search.query}), the factors of the second stage ({@link Rescorer}) and the
 * scoring of snippet passages ({@code search.highlight}). "The judged sets" are the relevance sets in
 * {@code src/test/resources/relevance} (see its README: every change there is measured with {@code docsift eval}).
 * The per-field weights are {@link FieldWeights}; the first-stage similarity (BM25, with b = 1 on headings) is
 * {@code search.view.FieldSimilarity}, since the shared searchers are built with it.
 */
public final class RankingWeights {
    // ---- the first-stage query ----

    /** Boost of a match in a heading: the strongest evidence that a section is about a word. */
    static final float HEADING = 2.5f;
    /** Boost of a match in a section's use-case items. */
    static final float USE_CASES = 1.6f;
    /** Boost of a match in a code block. */
    static final float CODE = 1.4f;
    /** Boost of a match in inline code. */
    static final float INLINE_CODE = 1.3f;
    /** Boost of a match in the breadcrumb (the parent headings). */
    static final float BREADCRUMB = 1.0f;
    /** Boost of a match in the prose: a passing mention is the weakest evidence. */
    static final float PROSE = 1.0f;
    /**
     * Share of the other fields' scores a dismax adds to its best field's score: enough that a word in the
     * heading and all through the body beats the same word in a heading alone.
     */
    public static final float TIE_BREAKER = 0.3f;
    /** Weight of a prefix match ({@code word*}): never as much as an exact word. */
    public static final float PREFIX = 0.8f;
    /** Weight of a match through a correction of an unknown word (times its similarity): never as much as an exact word. */
    public static final float FUZZY = 0.45f;
    /** Weight of the bonus when neighbouring words of the query stand near each other in a section, as typed. */
    public static final float PROXIMITY = 0.6f;
    /** How far apart (positions) neighbouring words may stand for the proximity bonus. */
    public static final int PROXIMITY_SLOP = 3;
    /**
     * Searched words a query needs before its verbatim occurrence counts: three words are often a natural phrase
     * that other sections use too ("checking user permissions" lost its answer to a section that says just that
     * in passing).
     */
    public static final int VERBATIM_MIN_WORDS = 4;
    /** Weight of the other form of an acronym the query uses, added to the form typed. */
    public static final float ACRONYM = 0.5f;
    /** Weight of a synonym of a word, added to the word's own score. */
    public static final float SYNONYM = 0.5f;
    /** Weight of an identifier the query's words join into, added to the words' own scores. */
    public static final float IDENTIFIER = 1f;

    // ---- the second stage (Rescorer) ----

    /** A hit covering less than this share of the query's information is weak. */
    static final double MIN_COVERAGE = 0.5;
    /**
     * How steeply the score falls with missing information: squared, so a section matching half of a
     * question's information needs four times the first-stage score of one matching all of it.
     */
    static final double COORDINATION_EXPONENT = 2.0;
    /** Score factor of a section that is only a heading. */
    static final float EMPTY_SECTION_FACTOR = 0.25f;
    /**
     * Score bonus of a section whose heading the query covers entirely (see {@link WholeHeadings}); only for
     * sections with content of their own, so an empty "Rate Limiting" heading stays below the sections that
     * explain rate limiting. Any bonus from 0.4 to 1 measured the same on the judged sets; 0.2 half as good.
     */
    static final float WHOLE_HEADING_BONUS = 0.5f;
    /**
     * Score bonus of a hit that has the whole query as written (a pasted line): a factor, like the whole-heading
     * bonus, so that it holds against sections that repeat the query's words however often. 0.5, 1 and 2
     * measured the same on the judged sets.
     */
    static final float VERBATIM_BONUS = 1f;
    /**
     * Score factor per enclosing heading. A broader section introduces its topic, and a short query that matches
     * it as well as a subsection somewhere else wants the introduction (documentation search engines rank by
     * hierarchy level for the same reason); a subsection that matches clearly better still wins. On the judged
     * sets any factor from 0.7 to 0.85 measured the same on the article; 0.9 and up did not move the near ties.
     */
    static final double DEPTH_FACTOR = 0.8;
    /**
     * In a comparison ("X vs Y"), a section that covers one side in full counts as covering this share of the
     * query: it answers half the question, so it ranks below a section on both, but far above one that only
     * shares a word with the other side.
     */
    static final double ONE_SIDE_SHARE = 0.7;
    /** A section whose words are at least this share of link text is navigation ("See also"). */
    static final double LINK_SHARE = 0.75;
    /** Score factor of a navigation section. */
    static final float NAVIGATION_FACTOR = 0.5f;
    /** A match through a corrected word counts this much of the word's information as evidence. */
    static final double CORRECTED_EVIDENCE = 0.5;
    /** A plain word matched only in code counts this much of its information: it may be an unrelated name. */
    static final double CODE_ONLY_EVIDENCE = 0.5;
    /**
     * Mean frequency at which a word counts half as topical ({@link Topicality}): a word used once per section
     * is half as topical as can be, one used four times per section 0.8. (2 and 3 measure the same on v2.)
     */
    static final double TOPICALITY_HALF = 1;
    /**
     * Score factor of a release-notes page (changelog, migration guide) for a query that does not ask about
     * versions ({@link PagePriors}). 0.3, 0.5 and 0.7 measured the same on the judged sets (Fastify S@1 0.517 ->
     * 0.539; the other sets have no release notes).
     */
    static final float RELEASE_NOTES_FACTOR = 0.5f;
    /**
     * Score bonus of a guide's section for a how or why question ({@link PagePriors}). On Fastify 0.2 earned MRR
     * +0.003, 0.5 one more query first (S@1 +0.012), 1.0 lost two; no other set moved by more than 0.001.
     */
    static final float GUIDE_BONUS = 0.5f;

    /**
     * How much of a clause's information a section covers when it has the clause only in its own heading and its
     * text (prose, use cases, code) and breadcrumb never use it ({@link OwnText}). 0.5, 0.25 and 0 measured the
     * same on the judged sets (Fastify S@1 0.551 -> 0.562, the other sets unchanged); the mildest is kept.
     */
    static final double LABEL_ONLY_EVIDENCE = 0.5;

    /**
     * In the coverage, the share of a clause's information that a section earns when it says the clause only as
     * the text of links ({@link LinkText}): the link names what its target is about.
     */
    static final double LINK_ONLY_EVIDENCE = 0.5;

    /**
     * Score bonus of a section that defines an identifier the query names ({@link RankingFeature#DEFINED_TERMS}):
     * a factor, like the whole-heading bonus, so that the table of codes that defines {@code FSTWRN004} ranks above
     * the page's introduction that shows how to silence it.
     */
    static final float DEFINED_TERM_BONUS = 3f;

    /**
     * Words of text from which a section is a catch-all, checked for scattered evidence ({@link Passages}): no
     * section of the article is that long, Fastify's plugin list and table of error codes are. At 400 and 600 words the rule also reached the article's long explanations, whose answers to a
     * question spread its words over several sentences ("how do I run code automatically after a model instance
     * is saved": Django signals lost to Django model methods), costing own v2 two and one queries.
     */
    static final long LONG_SECTION_WORDS = 1000;
    /** Positions of one passage: about a sentence or an item of a list ({@link Passages}). 12 and 30 measured the same. */
    static final int PASSAGE_WINDOW = 12;
    /**
     * How much of its information a clause found only in a catch-all's prose, outside its best passage, covers
     * ({@link Passages}). 0.5 and 0.25 both give Fastify's off-topic "grpc streaming between microservices" no
     * confident hit; 0.25 also lifts one use-case answer into the top 3 (Fastify S@3 0.809 -> 0.820).
     */
    static final double SCATTERED_EVIDENCE = 0.25;

    // ---- snippet passages (search.highlight) ----
    // Which prose passage a snippet shows: the one with the most of the query's words, repeats adding little
    // (k1 0.3 instead of 1.2), and of passages about as good the earlier one (three times Lucene's position
    // weight), since a section tends to say what a thing is before it shows the steps. Measured over the first
    // ten hits of the 241 judged queries on the article (1,572 snippets), against sentence passages with Lucene's
    // scorer: as many distinct query words marked (1.60 per snippet), a fifth shorter (212 characters, was 261).

    /** BM25's k1 for passages: repeats of a word add little. */
    public static final float PASSAGE_K1 = 0.3f;
    /** BM25's b for passages (Lucene's default). */
    public static final float PASSAGE_B = 0.75f;
    /** The passage length pivot (Lucene's default), also the offset of the position weight's logarithm. */
    public static final float PASSAGE_PIVOT = 87f;
    /** Weight of an early passage: three times Lucene's position weight. */
    public static final float PASSAGE_POSITION_WEIGHT = 3f;

    private RankingWeights() {
    }
}
