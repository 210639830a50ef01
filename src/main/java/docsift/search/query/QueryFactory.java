package docsift.search.query;

import docsift.index.Acronyms.Acronym;
import docsift.index.Fields;
import docsift.search.query.UserQuery.Clause;
import docsift.search.query.UserQuery.Occur;
import docsift.search.query.UserQuery.Type;
import docsift.search.rank.FieldWeights;
import docsift.search.rank.RankingFeatures;
import docsift.search.spell.Corrections;
import docsift.search.view.ViewMemo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * Turns a parsed {@link UserQuery} into a Lucene query over the weighted fields: each clause is the best
 * of its per-field matches (a dismax), clauses add up so that more matched words rank higher, adjacent
 * words get a proximity bonus, a word also finds its synonyms and acronym forms, words typed apart find the
 * identifier they join into, and a word the index does not know is matched through its corrections at a
 * lower weight. Immutable and thread-safe; the index reader passed in is only read.
 */
public final class QueryFactory {
    /** Fuzzy matches never count as much as an exact word. */
    private static final float FUZZY_WEIGHT = 0.45f;
    /** Bonus when the words of the query stand near each other, as typed. */
    private static final float PROXIMITY_WEIGHT = 0.6f;
    private static final int PROXIMITY_SLOP = 3;
    /** Searched words a query needs before its verbatim occurrence counts (see {@link #verbatim(UserQuery)}). */
    private static final int VERBATIM_MIN_WORDS = 4;
    /** A word being typed is completed over all fields from this many characters on: "si" begins too many words. */
    private static final int MIN_COMPLETED_LENGTH = 3;
    /**
     * A shorter word being typed (one or two letters) is completed only against heading words and identifiers,
     * a few of the most frequent of each: a search box that answers from the first letter ("m" finds
     * "middleware", "mi" "migrations") without expanding "s" over every word of the prose.
     */
    private static final List<String> SHORT_COMPLETION_FIELDS = List.of(Fields.HEADING, Fields.INLINE_CODE, Fields.CODE);
    private static final int SHORT_COMPLETIONS = 8;
    /** Weight of the other form of an acronym the query uses, added to the form typed. */
    private static final float ACRONYM_WEIGHT = 0.5f;
    /** Words that set two things side by side ("A vs B"): stop words, so they never score themselves. */
    private static final Set<String> VERSUS = Set.of("vs", "vs.", "versus");
    /** Words that, before "between", make "A and B" a comparison: "the difference between A and B". */
    private static final Set<String> DIFFERENCE = Set.of("difference", "differences");
    /** Weight of a synonym of a word, added to the word's own score. */
    private static final float SYNONYM_WEIGHT = 0.5f;
    /**
     * How many words all the prefixes of one query may expand to, over all fields together. Lucene refuses a
     * query of more than {@code IndexSearcher.getMaxClauseCount()} terms, and sixteen one-letter prefixes at
     * {@link FieldQueries#MAX_EXPANSIONS} words per field were over it: a few prefixes expand fully, many
     * share the budget, so "a* b* c* ..." is answered rather than refused.
     */
    private static final int PREFIX_TERM_BUDGET = 384;

    private final FieldQueries fields;
    private final JoinedIdentifiers identifiers;
    private final SynonymQueries synonyms;
    private final CompoundWords compounds;
    private final Corrections corrections = new Corrections();
    private final RankingFeatures features;
    /**
     * The acronym map of an index view, read once per view: reading it walks the whole acronym field, which
     * every search did before (a third of building the query on a large corpus).
     */
    private final ViewMemo<String, AcronymMap> acronymMemo = new ViewMemo<>(1);
    private final CodeInflections codeInflections = new CodeInflections();

    public QueryFactory(Analyzer queryAnalyzer, RankingFeatures features) {
        this.fields = new FieldQueries(queryAnalyzer, features);
        this.identifiers = new JoinedIdentifiers(fields);
        this.synonyms = new SynonymQueries(fields);
        this.compounds = new CompoundWords(fields);
        this.features = features;
    }

    /** The Lucene query, or null when nothing in the input is searchable (only stop words, say). */
    public BuiltQuery build(UserQuery typed, IndexReader reader) throws IOException {
        UserQuery userQuery = compounds.resolve(typed, reader);
        BooleanQuery.Builder scoring = new BooleanQuery.Builder();
        List<BuiltQuery.Part> clauseQueries = new ArrayList<>();
        Map<String, BooleanQuery.Builder> byField = new LinkedHashMap<>();
        List<String> fuzzyWords = new ArrayList<>();
        boolean searchable = false;
        boolean onlyStopWords = userQuery.positive().stream().allMatch(this::isStopWord);
        AcronymMap acronyms = features.acronyms() ? acronymMemo.get(reader, "", key -> AcronymMap.read(reader)) : null;
        int expansions = prefixExpansions(userQuery);
        List<Clause> positive = userQuery.positive();
        int[] partOf = new int[positive.size()];
        for (int i = 0; i < positive.size(); i++) {
            Clause clause = positive.get(i);
            partOf[i] = clauseQueries.size();
            if (!onlyStopWords && isStopWord(clause)) {
                partOf[i] = -1;
                continue;
            }
            int corrected = fuzzyWords.size();
            // A word with synonyms is a word, not a typo: an unknown one is searched through them, not corrected.
            Query synonyms = features.synonyms() ? this.synonyms.of(clause, reader, byField) : null;
            // So is an acronym: "DRF" in a corpus that only writes "Django REST framework".
            Query longForms = acronyms == null ? null : longForms(clause, acronyms);
            boolean typing = userQuery.lastWordOpen() && i == positive.size() - 1;
            Map<String, Query> perField = clauseQueries(clause, reader, fuzzyWords,
                    synonyms == null && longForms == null, typing, expansions);
            // "how do I" is a question being typed, not the start of "import": a stop word after others stays one.
            if (typing && !(onlyStopWords && positive.size() > 1)) {
                addShortCompletions(clause, perField);
            }
            if (perField.isEmpty() && synonyms == null && longForms == null) {
                addUnknown(clause, clauseQueries);
                continue;
            }
            searchable = true;
            BooleanClause.Occur occur = clause.occur() == Occur.MUST ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD;
            Query proseOnly = proseOnly(clause, perField);
            Query dismax;
            if (perField.isEmpty() && synonyms == null) {
                // Only the spelled-out form is in the index: it stands in for the acronym.
                dismax = longForms;
                scoring.add(new BoostQuery(longForms, ACRONYM_WEIGHT), occur);
                longForms = null;
            } else if (perField.isEmpty()) {
                // Only other words for it are in the index: they stand in for the word.
                dismax = synonyms;
                scoring.add(new BoostQuery(synonyms, SYNONYM_WEIGHT), occur);
            } else {
                dismax = fieldsDismax(perField);
                scoring.add(dismax, occur);
                if (synonyms != null) {
                    scoring.add(new BoostQuery(synonyms, SYNONYM_WEIGHT), BooleanClause.Occur.SHOULD);
                    // A section that says it in other words still covers the word.
                    dismax = new DisjunctionMaxQuery(List.of(dismax, synonyms), 0f);
                    proseOnly = proseOnly == null ? null : new DisjunctionMaxQuery(List.of(proseOnly, synonyms), 0f);
                }
            }
            if (longForms != null) {
                scoring.add(new BoostQuery(longForms, ACRONYM_WEIGHT), BooleanClause.Occur.SHOULD);
                // A section that only spells the acronym out still covers the word.
                dismax = new DisjunctionMaxQuery(List.of(dismax, longForms), 0f);
            }
            clauseQueries.add(new BuiltQuery.Part(dismax, fuzzyWords.size() > corrected, proseOnly));
            perField.forEach((field, q) -> byField.computeIfAbsent(field, f -> new BooleanQuery.Builder())
                    .add(q, BooleanClause.Occur.SHOULD));
        }
        if (acronyms != null) {
            searchable |= addShortForms(positive, partOf, acronyms, scoring, clauseQueries);
        }
        if (!searchable) {
            return null;
        }
        Query[] joinedInto = features.identifiers()
                ? identifiers.add(positive, partOf, reader, scoring, clauseQueries, byField)
                : new Query[positive.size()];
        Query proximity = proximity(positive, joinedInto);
        for (Clause clause : userQuery.negative()) {
            Map<String, Query> perField = clauseQueries(clause, reader, new ArrayList<>(), true, false, expansions);
            if (!perField.isEmpty()) {
                scoring.add(new DisjunctionMaxQuery(perField.values(), 0f), BooleanClause.Occur.MUST_NOT);
            }
        }
        Map<String, Query> fieldQueries = new LinkedHashMap<>();
        byField.forEach((field, b) -> fieldQueries.put(field, b.build()));
        List<String> words = new ArrayList<>();
        for (int i = 0; i < positive.size(); i++) {
            if (partOf[i] >= 0 && positive.get(i).type() == UserQuery.Type.WORD) {
                words.add(positive.get(i).text());
            }
        }
        return new BuiltQuery(scoring.build(), proximity, verbatim(userQuery), clauseQueries, fieldQueries, fuzzyWords,
                comparisonSides(positive, partOf, clauseQueries.size()), codeInflections.of(words, reader));
    }

    /**
     * The best of a clause's per-field matches plus a share of the others, where the breadcrumb (the parent
     * headings) only stands in when it is the best: it gives context to a section whose own text lacks the
     * word ("Examples" under "select_for_update"), but it must not add to a section that has the word itself,
     * or "Example: Lost update anomaly" outranks its parent "Lost update anomaly" for "lost update".
     */
    private static Query fieldsDismax(Map<String, Query> perField) {
        if (!perField.containsKey(Fields.BREADCRUMB) || perField.size() == 1) {
            return new DisjunctionMaxQuery(perField.values(), FieldQueries.TIE_BREAKER);
        }
        List<Query> own = perField.entrySet().stream().filter(e -> !e.getKey().equals(Fields.BREADCRUMB))
                .map(Map.Entry::getValue).toList();
        return new DisjunctionMaxQuery(List.of(new DisjunctionMaxQuery(own, FieldQueries.TIE_BREAKER), perField.get(Fields.BREADCRUMB)), 0f);
    }

    /** A plain word's query on the English fields, or null when the clause is not a plain word. */
    private static Query proseOnly(Clause clause, Map<String, Query> perField) {
        if (clause.type() != Type.WORD || !clause.text().chars().allMatch(Character::isLetter)) {
            return null;
        }
        List<Query> english = Fields.ENGLISH_FIELDS.stream().filter(perField::containsKey).map(perField::get).toList();
        return english.isEmpty() ? new MatchNoDocsQuery("only in code") : new DisjunctionMaxQuery(english, 0f);
    }

    /** The long forms of a word typed as an acronym, as phrases on every field; null when it is none. */
    private Query longForms(Clause clause, AcronymMap acronyms) {
        if (clause.type() != Type.WORD) {
            return null;
        }
        List<Query> phrases = new ArrayList<>();
        for (String longForm : acronyms.longForms(clause.text())) {
            // A phrase scores the sum of its words' weights: divided by its length, the spelled-out form counts
            // about as much as one mention of the acronym, not four times as much for four words.
            float perWord = 1f / Math.max(1, longForm.split("\\s+").length);
            for (Query phrase : fields.onEveryField(new Clause(Type.PHRASE, longForm, clause.occur()))) {
                phrases.add(new BoostQuery(phrase, perWord));
            }
        }
        return phrases.isEmpty() ? null : new DisjunctionMaxQuery(phrases, FieldQueries.TIE_BREAKER);
    }

    /**
     * When the query spells an acronym out ("object-relational mapping"), sections that use the acronym
     * ("ORM") also match, as a bonus that does not count in the coverage: the spelled-out words do, where the
     * index knows them. A word of the long form the index never has ("scripting" in a corpus that only writes
     * XSS) is covered by the acronym, as a word nobody writes is by its synonyms. True when an acronym is
     * searched.
     */
    private boolean addShortForms(List<Clause> positive, int[] partOf, AcronymMap acronyms,
                                  BooleanQuery.Builder scoring, List<BuiltQuery.Part> clauseQueries) {
        String typed = String.join(" ", positive.stream().map(Clause::text).toList());
        boolean searched = false;
        for (Acronym pair : acronyms.spelledIn(typed)) {
            List<Query> perField = fields.onEveryField(new Clause(Type.WORD, pair.shortForm(), Occur.SHOULD));
            if (perField.isEmpty()) {
                continue;
            }
            Query acronym = new DisjunctionMaxQuery(perField, FieldQueries.TIE_BREAKER);
            scoring.add(new BoostQuery(acronym, ACRONYM_WEIGHT), BooleanClause.Occur.SHOULD);
            searched = true;
            Set<String> longWords = Set.copyOf(AcronymMap.words(pair.longForm()));
            for (int i = 0; i < positive.size(); i++) {
                List<String> pieces = AcronymMap.words(positive.get(i).text());
                boolean unknown = partOf[i] >= 0 && partOf[i] < clauseQueries.size()
                        && clauseQueries.get(partOf[i]).query() instanceof MatchNoDocsQuery;
                if (unknown && !pieces.isEmpty() && longWords.containsAll(pieces)) {
                    clauseQueries.set(partOf[i], new BuiltQuery.Part(acronym, false, acronym));
                }
            }
        }
        return searched;
    }

    /**
     * For a query that compares two things, the side each clause part stands on: a reader wants the section on
     * either thing, not only one that names both. A comparison is "A vs B" (or "versus", once in the query) or
     * "difference between A and B" (or "or"). Empty for any other query; -1 for parts on neither side (the words
     * before "between", and parts added after the typed words, of which there are none today).
     */
    private static List<Integer> comparisonSides(List<Clause> positive, int[] partOf, int parts) {
        List<String> words = positive.stream()
                .map(c -> c.type() == Type.WORD ? c.text().toLowerCase(Locale.ROOT) : "").toList();
        int first = 0;
        int divider = -1;
        List<Integer> versus = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (VERSUS.contains(words.get(i))) {
                versus.add(i);
            }
        }
        if (versus.size() == 1) {
            divider = versus.getFirst();
        } else if (versus.isEmpty()) {
            int between = words.indexOf("between");
            if (between > 0 && DIFFERENCE.contains(words.get(between - 1))) {
                first = between + 1;
                for (int i = between + 2; i < words.size() && divider < 0; i++) {
                    divider = words.get(i).equals("and") || words.get(i).equals("or") ? i : -1;
                }
            }
        }
        if (divider < 0) {
            return List.of();
        }
        Integer[] sides = new Integer[parts];
        Arrays.fill(sides, -1);
        for (int i = first; i < positive.size(); i++) {
            if (i != divider && partOf[i] >= 0 && partOf[i] < parts) {
                sides[partOf[i]] = i < divider ? 0 : 1;
            }
        }
        return List.of(sides);
    }

    /**
     * A plain word the English chain drops ("how", "do", "I", "with"): it says nothing about the topic, so in a
     * query with other words it neither scores (in code, where "i" and "do" are everywhere) nor counts in the
     * coverage. Only a query made of nothing else searches such words, in code, where they are Python.
     */
    private boolean isStopWord(Clause clause) {
        // Letters and apostrophes: "don't" is a stop word, typed with either apostrophe.
        if (clause.type() != Type.WORD
                || !clause.text().chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '\u2019')) {
            return false;
        }
        return Fields.ENGLISH_FIELDS.stream().allMatch(field -> fields.fieldQuery(clause, field) == null);
    }

    /**
     * A word the index does not know and cannot correct still belongs to the query: it matches nothing, but
     * it counts (as the rarest of words) in how much of the query a hit covers. A stop word does not count.
     */
    private void addUnknown(Clause clause, List<BuiltQuery.Part> clauseQueries) {
        for (String field : FieldWeights.BOOSTS.keySet()) {
            if (fields.fieldQuery(clause, field) != null) {
                clauseQueries.add(new BuiltQuery.Part(new MatchNoDocsQuery("unknown word " + clause.text()), false));
                return;
            }
        }
    }

    /**
     * The clause's query on each field where it produces terms, weighted by field. A plain word the index does
     * not know is replaced by its corrections when {@code correct}, and by its completions too when the reader
     * may still be {@code typing} it; else dropped (an empty map).
     */
    private Map<String, Query> clauseQueries(Clause clause, IndexReader reader, List<String> fuzzyWords,
                                             boolean correct, boolean typing, int expansions) throws IOException {
        Map<String, Query> perField = new LinkedHashMap<>();
        boolean known = false;
        for (Map.Entry<String, Float> field : FieldWeights.BOOSTS.entrySet()) {
            Query query = fields.fieldQuery(clause, field.getKey(), expansions);
            if (query != null) {
                known |= clause.type() != Type.WORD || FieldQueries.existsInIndex(query, reader);
                perField.put(field.getKey(), new BoostQuery(query, fields.boost(field.getKey())));
            }
        }
        if (!known && clause.type() == Type.WORD && clause.occur() != Occur.MUST_NOT) {
            if (!correct) {
                perField.clear();
            } else if (features.corrections()) {
                addFuzzy(clause, perField, fuzzyWords, reader, typing, expansions);
            }
        }
        return perField;
    }

    /**
     * The heading words and identifiers a one- or two-letter word being typed begins, beside the word itself
     * (which, that short, is rarely what the reader means), weighted like a completion.
     */
    private void addShortCompletions(Clause clause, Map<String, Query> perField) {
        if (clause.type() != Type.WORD || clause.occur() == Occur.MUST_NOT
                || clause.text().codePointCount(0, clause.text().length()) >= MIN_COMPLETED_LENGTH) {
            return;
        }
        Clause prefix = new Clause(Type.PREFIX, clause.text(), clause.occur());
        for (String field : SHORT_COMPLETION_FIELDS) {
            Query completions = fields.fieldQuery(prefix, field, SHORT_COMPLETIONS);
            if (completions != null) {
                Query weighted = new BoostQuery(completions, fields.boost(field) * FUZZY_WEIGHT);
                perField.merge(field, weighted, (own, added) -> new DisjunctionMaxQuery(List.of(own, added), 0f));
            }
        }
    }

    /**
     * Matches a word the index does not know through the known words it was probably meant to be, each
     * searched like a typed word but weighted down by {@link #FUZZY_WEIGHT} and its similarity, so that a
     * corrected match never outranks an exact one.
     */
    private void addFuzzy(Clause clause, Map<String, Query> perField, List<String> fuzzyWords, IndexReader reader,
                          boolean typing, int expansions) throws IOException {
        perField.clear();
        Map<String, List<Query>> alternatives = new LinkedHashMap<>();
        if (typing && clause.text().codePointCount(0, clause.text().length()) >= MIN_COMPLETED_LENGTH) {
            // The words it begins, as if typed with a '*', weighted like a close correction.
            addAlternative(new Clause(Type.PREFIX, clause.text(), clause.occur()), FUZZY_WEIGHT, expansions,
                    alternatives, field -> FieldQueries.prefixExists(reader, field, clause.text()));
        }
        for (Corrections.Correction correction : corrections.of(clause.text(), reader)) {
            addAlternative(new Clause(Type.WORD, correction.word(), clause.occur()),
                    FUZZY_WEIGHT * correction.similarity(), expansions, alternatives, field -> true);
        }
        alternatives.forEach((field, queries) ->
                perField.put(field, queries.size() == 1 ? queries.getFirst() : new DisjunctionMaxQuery(queries, 0f)));
        if (!perField.isEmpty()) {
            fuzzyWords.add(clause.text());
        }
    }

    /**
     * How many words each prefix of the query expands to per field: {@link FieldQueries#MAX_EXPANSIONS} while
     * the query's prefixes (a last word being typed counts as one) stay within {@link #PREFIX_TERM_BUDGET},
     * else their share of it, at least one.
     */
    private static int prefixExpansions(UserQuery userQuery) {
        long prefixes = userQuery.clauses().stream().filter(c -> c.type() == Type.PREFIX).count()
                + (userQuery.lastWordOpen() ? 1 : 0);
        long perField = PREFIX_TERM_BUDGET / Math.max(1, prefixes * FieldWeights.BOOSTS.size());
        return (int) Math.clamp(perField, 1, FieldQueries.MAX_EXPANSIONS);
    }

    /** Which fields an alternative to a typed word is searched in. */
    @FunctionalInterface
    private interface FieldFilter {
        boolean test(String field) throws IOException;
    }

    /** An alternative to a typed word, on every field {@code where} accepts, weighted by field and {@code weight}. */
    private void addAlternative(Clause alternative, float weight, int expansions,
                                Map<String, List<Query>> alternatives, FieldFilter where) throws IOException {
        for (String field : FieldWeights.BOOSTS.keySet()) {
            Query query = fields.fieldQuery(alternative, field, expansions);
            if (query != null && where.test(field)) {
                alternatives.computeIfAbsent(field, f -> new ArrayList<>())
                        .add(new BoostQuery(query, fields.boost(field) * weight));
            }
        }
    }

    /**
     * The whole query as written, in order, in one field, or null: a line of code or a sentence pasted into the
     * box ("SET CLUSTER SETTING sql.stats.automatic_collection.enabled = false") points at the one section it was
     * copied from, which word-by-word scoring ranked below sections that merely use the same words more often.
     * Only for queries of at least {@link #VERBATIM_MIN_WORDS} searched words, none quoted or excluded: three
     * words are often a natural phrase that other sections use too ("checking user permissions" lost its
     * answer to a section that says just that in passing), and a quoted phrase is matched as one already.
     */
    private Query verbatim(UserQuery userQuery) {
        if (!features.proximity()) {
            return null;
        }
        List<Clause> clauses = userQuery.clauses();
        long searched = userQuery.positive().stream()
                .filter(c -> !isStopWord(c) && c.text().codePoints().anyMatch(Character::isLetterOrDigit)).count();
        boolean plainWords = clauses.stream().allMatch(c -> c.type() == Type.WORD && c.occur() != Occur.MUST_NOT);
        if (searched < VERBATIM_MIN_WORDS || !plainWords) {
            return null;
        }
        String text = String.join(" ", clauses.stream().map(Clause::text).toList());
        List<Query> verbatim = new ArrayList<>();
        for (String field : FieldWeights.BOOSTS.keySet()) {
            Query phrase = fields.sloppyPhrase(field, text, 0);
            if (phrase instanceof PhraseQuery || phrase instanceof MultiPhraseQuery) {
                verbatim.add(phrase);
            }
        }
        return verbatim.isEmpty() ? null : new DisjunctionMaxQuery(verbatim, 0f);
    }

    /**
     * A bonus for each pair of neighbouring words of the query (stop words skipped) that also stand close
     * together in a section: "custom manager" in a question about writing one points at "Custom Managers"
     * even when the other words point elsewhere. Pairs rather than the whole query, so long questions,
     * whose words never all stand together, get the bonus too. Null when no pair is searchable. It is added
     * only to the hits that are rescored (see {@link BuiltQuery#proximity()}).
     * <p>
     * Two words joined into one identifier ({@code joinedInto}, per positive clause) get the bonus only where
     * that identifier is not: the index puts an identifier's parts side by side after it, so "transaction
     * atomic" stands together wherever {@code transaction.atomic} is, and the identifier has scored already.
     * Counted twice, a section that writes it in both prose and code outranked one that shows it once as its
     * example; the words as a phrase of prose ("closed timestamp" beside {@code closed_timestamp}) still count.
     */
    private Query proximity(List<Clause> positive, Query[] joinedInto) {
        if (!features.proximity()) {
            return null;
        }
        BooleanQuery.Builder pairs = new BooleanQuery.Builder();
        List<Integer> words = new ArrayList<>();
        for (int i = 0; i < positive.size(); i++) {
            if (positive.get(i).type() == Type.WORD && !isStopWord(positive.get(i))) {
                words.add(i);
            }
        }
        for (int w = 0; w + 1 < words.size(); w++) {
            Clause first = positive.get(words.get(w));
            Clause second = positive.get(words.get(w + 1));
            Query identifier = joinedInto[words.get(w)];
            boolean sameIdentifier = identifier != null && identifier == joinedInto[words.get(w + 1)];
            String pair = first.text() + " " + second.text();
            List<Query> near = new ArrayList<>();
            for (Map.Entry<String, Float> field : FieldWeights.BOOSTS.entrySet()) {
                Query phrase = fields.sloppyPhrase(field.getKey(), pair, PROXIMITY_SLOP);
                if (phrase instanceof PhraseQuery || phrase instanceof MultiPhraseQuery) {
                    near.add(new BoostQuery(phrase, fields.boost(field.getKey())));
                }
            }
            if (!near.isEmpty()) {
                Query together = new DisjunctionMaxQuery(near, FieldQueries.TIE_BREAKER);
                if (sameIdentifier) {
                    together = new BooleanQuery.Builder().add(together, BooleanClause.Occur.MUST)
                            .add(identifier, BooleanClause.Occur.MUST_NOT).build();
                }
                pairs.add(new BoostQuery(together, PROXIMITY_WEIGHT), BooleanClause.Occur.SHOULD);
            }
        }
        BooleanQuery proximity = pairs.build();
        return proximity.clauses().isEmpty() ? null : proximity;
    }
}
