package docsift.search.query;

import docsift.index.Acronyms.Acronym;
import docsift.index.DefinedTerms;
import docsift.index.Fields;
import docsift.search.query.QueryPlan.ClausePlan;
import docsift.search.query.QueryPlan.Joined;
import docsift.search.query.QueryPlan.ShortForm;
import docsift.search.query.SynonymQueries.SynonymMatch;
import docsift.search.query.UserQuery.Clause;
import docsift.search.query.UserQuery.Occur;
import docsift.search.query.UserQuery.Type;
import docsift.search.rank.FieldWeights;
import docsift.search.rank.QueryForm;
import docsift.search.rank.RankingFeature;
import docsift.search.rank.RankingFeatures;
import docsift.search.rank.RankingWeights;
import docsift.search.rank.Rescoring;
import docsift.search.spell.Corrections;
import docsift.search.view.ViewMemo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a parsed {@link UserQuery} into a Lucene query over the weighted fields: each clause is the best
 * of its per-field matches (a dismax), clauses add up so that more matched words rank higher, adjacent
 * words get a proximity bonus, a word also finds its synonyms and acronym forms, words typed apart find the
 * identifier they join into, and a word the index does not know is matched through its corrections at a
 * lower weight. Immutable and thread-safe; the index reader passed in is only read.
 */
public final class QueryFactory {
    /** A word being typed is completed over all fields from this many characters on: "si" begins too many words. */
    private static final int MIN_COMPLETED_LENGTH = 3;
    /**
     * A shorter word being typed (one or two letters) is completed only against heading words and identifiers,
     * a few of the most frequent of each: a search box that answers from the first letter ("m" finds
     * "middleware", "mi" "migrations") without expanding "s" over every word of the prose.
     */
    private static final List<String> SHORT_COMPLETION_FIELDS = List.of(Fields.HEADING, Fields.INLINE_CODE, Fields.CODE);
    private static final int SHORT_COMPLETIONS = 8;
    /** Words that set two things side by side ("A vs B"): stop words, so they never score themselves. */
    private static final Set<String> VERSUS = Set.of("vs", "vs.", "versus");
    /** Words that, before "between", make "A and B" a comparison: "the difference between A and B". */
    private static final Set<String> DIFFERENCE = Set.of("difference", "differences");
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
    /**
     * Whether the index view knows a word's query on one field: a look-up of each of its terms in every segment's
     * terms dictionary, made for every field of every word of every query (1.8% of a search on cockroachdb-docs,
     * JFR), though it changes only with the view.
     */
    private final ViewMemo<Query, Boolean> knownMemo = new ViewMemo<>(10_000);
    private final CodeInflections codeInflections;

    /**
     * @param queryAnalyzer how query text is analysed per field
     * @param stemmer       the prose field's query analysis without the forms as written (see {@link CodeInflections})
     * @param features      the ranking features that are on
     */
    public QueryFactory(Analyzer queryAnalyzer, Analyzer stemmer, RankingFeatures features) {
        this.codeInflections = new CodeInflections(stemmer);
        this.fields = new FieldQueries(queryAnalyzer, features);
        this.identifiers = new JoinedIdentifiers(fields);
        this.synonyms = new SynonymQueries(fields);
        this.compounds = new CompoundWords(fields);
        this.features = features;
    }

    /**
     * The Lucene query, or null when nothing in the input is searchable (only stop words, say). A pure function
     * of the user query and the index view: first a {@link QueryPlan} of what each clause searches, then one
     * assembly of the Lucene queries from it.
     */
    public BuiltQuery build(UserQuery typed, IndexReader reader) throws IOException {
        QueryPlan plan = plan(compounds.resolve(typed, reader), reader);
        return plan == null ? null : assemble(plan, reader);
    }

    /** What the query searches, or null when nothing is searchable. */
    private QueryPlan plan(UserQuery userQuery, IndexReader reader) throws IOException {
        AcronymMap acronyms = features.has(RankingFeature.ACRONYMS) ? acronymMemo.get(reader, "", key -> AcronymMap.read(reader)) : null;
        int expansions = prefixExpansions(userQuery);
        List<Clause> positive = userQuery.positive();
        boolean onlyStopWords = positive.stream().allMatch(this::isStopWord);
        List<ClausePlan> clauses = new ArrayList<>();
        for (int i = 0; i < positive.size(); i++) {
            boolean typing = userQuery.lastWordOpen() && i == positive.size() - 1;
            // "how do I" is a question being typed, not the start of "import": a stop word after others stays one.
            boolean completeShort = typing && !(onlyStopWords && positive.size() > 1);
            clauses.add(!onlyStopWords && isStopWord(positive.get(i)) ? ClausePlan.stopWord(positive.get(i))
                    : clausePlan(positive.get(i), reader, acronyms, new Typing(typing, completeShort), expansions));
        }
        List<ShortForm> shortForms = acronyms == null ? List.of() : shortForms(positive, acronyms);
        QueryPlan words = new QueryPlan(userQuery, clauses, shortForms, List.of(), List.of());
        if (!words.searchable()) {
            return null;
        }
        List<Joined> joined = features.has(RankingFeature.IDENTIFIERS) ? identifiers.find(positive, reader) : List.of();
        return new QueryPlan(userQuery, clauses, shortForms, joined, exclusions(userQuery, reader, expansions));
    }

    /** The excluded clauses, each the best of its fields; never corrected. */
    private List<Query> exclusions(UserQuery userQuery, IndexReader reader, int expansions) throws IOException {
        List<Query> exclusions = new ArrayList<>();
        for (Clause clause : userQuery.negative()) {
            FieldMatch match = fieldMatch(clause, reader, true, false, expansions);
            if (!match.perField().isEmpty()) {
                exclusions.add(new DisjunctionMaxQuery(match.perField().values(), 0f));
            }
        }
        return exclusions;
    }

    /**
     * One searched clause: its own words on each field (or their corrections), its synonyms and the long forms
     * of an acronym; matched through whichever of them the index has.
     */
    private ClausePlan clausePlan(Clause clause, IndexReader reader, AcronymMap acronyms, Typing typing,
                                  int expansions) throws IOException {
        // A word with synonyms is a word, not a typo: an unknown one is searched through them, not corrected.
        SynonymMatch synonyms = features.has(RankingFeature.SYNONYMS) ? this.synonyms.of(clause, reader) : null;
        // So is an acronym: "DRF" in a corpus that only writes "Django REST framework".
        Query longForms = acronyms == null ? null : longForms(clause, acronyms);
        FieldMatch match = fieldMatch(clause, reader, synonyms == null && longForms == null, typing.open(), expansions);
        if (typing.completeShort()) {
            match = new FieldMatch(withShortCompletions(clause, match.perField()), match.corrected());
        }
        if (match.perField().isEmpty() && synonyms == null && longForms == null) {
            return unknown(clause);
        }
        return searched(clause, match, synonyms, longForms, fields.linkOnly(clause));
    }

    /**
     * Whether a clause is the word being typed.
     *
     * @param open          the input ends inside it: an unknown word is also completed
     * @param completeShort a one- or two-letter word is also completed against headings and identifiers
     */
    private record Typing(boolean open, boolean completeShort) {
    }

    /**
     * The heading words and identifiers a one- or two-letter word being typed begins, beside the word itself
     * (which, that short, is rarely what the reader means), weighted like a completion.
     */
    private Map<String, Query> withShortCompletions(Clause clause, Map<String, Query> perField) {
        if (clause.type() != Type.WORD || clause.occur() == Occur.MUST_NOT
                || clause.text().codePointCount(0, clause.text().length()) >= MIN_COMPLETED_LENGTH) {
            return perField;
        }
        Map<String, Query> completed = new LinkedHashMap<>(perField);
        Clause prefix = new Clause(Type.PREFIX, clause.text(), clause.occur());
        for (String field : SHORT_COMPLETION_FIELDS) {
            Query completions = fields.fieldQuery(prefix, field, SHORT_COMPLETIONS);
            if (completions != null) {
                Query weighted = new BoostQuery(completions, fields.boost(field) * RankingWeights.FUZZY);
                completed.merge(field, weighted, (own, added) -> new DisjunctionMaxQuery(List.of(own, added), 0f));
            }
        }
        return completed;
    }

    /**
     * A clause that matches: its scoring queries, its part in the coverage (the best of its own words,
     * synonyms and long forms: a section that says it in other words still covers the word) and its marks.
     */
    private static ClausePlan searched(Clause clause, FieldMatch match, SynonymMatch synonyms, Query longForms,
                                       Query linkOnly) {
        BooleanClause.Occur occur = clause.occur() == Occur.MUST ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD;
        Map<String, Query> perField = match.perField();
        List<BooleanClause> scoring = new ArrayList<>();
        List<Query> covering = new ArrayList<>();
        Query proseOnly = proseOnly(clause, perField);
        if (!perField.isEmpty()) {
            Query dismax = fieldsDismax(perField);
            scoring.add(new BooleanClause(dismax, occur));
            covering.add(dismax);
        }
        if (synonyms != null) {
            // Only other words for it in the index: they stand in for the word, else they add to it.
            scoring.add(new BooleanClause(new BoostQuery(synonyms.query(), RankingWeights.SYNONYM),
                    perField.isEmpty() ? occur : BooleanClause.Occur.SHOULD));
            covering.add(synonyms.query());
            if (proseOnly != null && !perField.isEmpty()) {
                proseOnly = new DisjunctionMaxQuery(List.of(proseOnly, synonyms.query()), 0f);
            }
        }
        if (longForms != null) {
            // Only the spelled-out form in the index: it stands in for the acronym, else it adds to it.
            scoring.add(new BooleanClause(new BoostQuery(longForms, RankingWeights.ACRONYM),
                    covering.isEmpty() ? occur : BooleanClause.Occur.SHOULD));
            covering.add(longForms);
        }
        Rescoring.Part part = new Rescoring.Part(nested(covering), match.corrected(), proseOnly,
                ownText(perField, synonyms, longForms), linkOnly);
        return new ClausePlan(clause, false, scoring, part, marks(synonyms, perField));
    }

    /**
     * The clause on a section's own text and its context: every field but its heading (the breadcrumb is the page
     * or parent topic that the text is written under: "logging" in "Logging > Request ID Tracking"), with its
     * synonyms and long forms on any field (they are not told apart by field); null when only the heading has it.
     */
    private static Query ownText(Map<String, Query> perField, SynonymMatch synonyms, Query longForms) {
        List<Query> own = new ArrayList<>();
        perField.forEach((field, query) -> {
            if (!field.equals(Fields.HEADING)) {
                own.add(query);
            }
        });
        if (synonyms != null) {
            own.add(synonyms.query());
        }
        if (longForms != null) {
            own.add(longForms);
        }
        return own.isEmpty() ? null : new DisjunctionMaxQuery(own, 0f);
    }

    /** The first query, then each next one as the best of it and those before: as the parts were combined. */
    private static Query nested(List<Query> covering) {
        Query query = covering.getFirst();
        for (Query next : covering.subList(1, covering.size())) {
            query = new DisjunctionMaxQuery(List.of(query, next), 0f);
        }
        return query;
    }

    /** Per field, what marks a clause in snippets: its synonyms, then its own words. */
    private static Map<String, List<Query>> marks(SynonymMatch synonyms, Map<String, Query> perField) {
        Map<String, List<Query>> marked = new LinkedHashMap<>();
        if (synonyms != null) {
            synonyms.marked().forEach((field, queries) -> marked.computeIfAbsent(field, f -> new ArrayList<>())
                    .addAll(queries));
        }
        perField.forEach((field, query) -> marked.computeIfAbsent(field, f -> new ArrayList<>()).add(query));
        return marked;
    }

    /** Assembles the Lucene queries the plan describes. */
    private BuiltQuery assemble(QueryPlan plan, IndexReader reader) throws IOException {
        List<Clause> positive = plan.query().positive();
        List<Rescoring.Part> parts = new ArrayList<>();
        List<Integer> partOf = new ArrayList<>();
        for (int i = 0; i < positive.size(); i++) {
            Rescoring.Part part = coveragePart(plan, i);
            partOf.add(part == null ? -1 : parts.size());
            if (part != null) {
                parts.add(part);
            }
        }
        List<String> words = plan.clauses().stream().filter(c -> !c.stopWord() && c.clause().type() == Type.WORD)
                .map(c -> c.clause().text()).toList();
        Rescoring rescoring = new Rescoring(scoring(plan), proximity(positive, plan.identifiers()), verbatim(plan.query()),
                parts, comparisonSides(positive, partOf, parts.size()),
                QueryForm.of(positive.stream().map(Clause::text).toList()), definers(positive));
        return new BuiltQuery(rescoring, byField(plan), codeInflections.of(words, reader));
    }

    /**
     * The sections that define an identifier the query names ({@code FSTWRN004}, {@code reply.code(200)}), or null
     * when it names none: the defined-term evidence of the rescoring.
     */
    private static Query definers(List<Clause> positive) {
        BooleanQuery.Builder definers = new BooleanQuery.Builder();
        positive.stream().map(clause -> DefinedTerms.term(clause.text())).flatMap(Optional::stream).distinct()
                .forEach(term -> definers.add(new TermQuery(new Term(Fields.DEFINES, term)), BooleanClause.Occur.SHOULD));
        BooleanQuery built = definers.build();
        return built.clauses().isEmpty() ? null : built;
    }

    /**
     * A clause's part in the coverage: an unknown word of a spelled-out acronym is covered by the acronym (the
     * first that has it), and words joined into an identifier are covered by it too.
     */
    private static Rescoring.Part coveragePart(QueryPlan plan, int position) {
        ClausePlan clause = plan.clauses().get(position);
        Rescoring.Part part = clause.part();
        if (part == null) {
            return null;
        }
        List<String> pieces = AcronymMap.words(clause.clause().text());
        for (ShortForm shortForm : plan.shortForms()) {
            if (clause.unknown() && !pieces.isEmpty() && shortForm.longWords().containsAll(pieces)) {
                part = new Rescoring.Part(shortForm.query(), false, shortForm.query());
                break;
            }
        }
        for (Joined joined : plan.identifiers()) {
            if (joined.covers(position)) {
                Query prose = part.prose() == null ? null : new DisjunctionMaxQuery(List.of(part.prose(), joined.query()), 0f);
                Query body = part.body() == null ? null : new DisjunctionMaxQuery(List.of(part.body(), joined.query()), 0f);
                part = new Rescoring.Part(new DisjunctionMaxQuery(List.of(part.query(), joined.query()), 0f),
                        part.corrected(), prose, body, part.linkOnly());
            }
        }
        return part;
    }

    /** The scoring query: each clause's queries, the acronyms, the joined identifiers, the exclusions. */
    private static Query scoring(QueryPlan plan) {
        BooleanQuery.Builder scoring = new BooleanQuery.Builder();
        plan.clauses().forEach(clause -> clause.scoring().forEach(scoring::add));
        for (ShortForm shortForm : plan.shortForms()) {
            scoring.add(new BoostQuery(shortForm.query(), RankingWeights.ACRONYM), BooleanClause.Occur.SHOULD);
        }
        for (Joined joined : plan.identifiers()) {
            scoring.add(new BoostQuery(joined.query(), RankingWeights.IDENTIFIER), BooleanClause.Occur.SHOULD);
        }
        plan.exclusions().forEach(excluded -> scoring.add(excluded, BooleanClause.Occur.MUST_NOT));
        return scoring.build();
    }

    /** Per searchable field, the part of the query on that field: the clauses' marks, then the identifiers. */
    private static Map<String, Query> byField(QueryPlan plan) {
        Map<String, BooleanQuery.Builder> byField = new LinkedHashMap<>();
        for (ClausePlan clause : plan.clauses()) {
            clause.marked().forEach((field, queries) -> queries.forEach(query -> should(byField, field, query)));
        }
        for (Joined joined : plan.identifiers()) {
            joined.perField().forEach((field, query) -> should(byField, field, query));
        }
        Map<String, Query> fieldQueries = new LinkedHashMap<>();
        byField.forEach((field, builder) -> fieldQueries.put(field, builder.build()));
        return fieldQueries;
    }

    private static void should(Map<String, BooleanQuery.Builder> byField, String field, Query query) {
        byField.computeIfAbsent(field, f -> new BooleanQuery.Builder()).add(query, BooleanClause.Occur.SHOULD);
    }

    /**
     * The best of a clause's per-field matches plus a share of the others, where the breadcrumb (the parent
     * headings) only stands in when it is the best: it gives context to a section whose own text lacks the
     * word ("Examples" under "select_for_update"), but it must not add to a section that has the word itself,
     * or "Example: Lost update anomaly" outranks its parent "Lost update anomaly" for "lost update".
     */
    private static Query fieldsDismax(Map<String, Query> perField) {
        if (!perField.containsKey(Fields.BREADCRUMB) || perField.size() == 1) {
            return new DisjunctionMaxQuery(perField.values(), RankingWeights.TIE_BREAKER);
        }
        List<Query> own = perField.entrySet().stream().filter(e -> !e.getKey().equals(Fields.BREADCRUMB))
                .map(Map.Entry::getValue).toList();
        return new DisjunctionMaxQuery(List.of(new DisjunctionMaxQuery(own, RankingWeights.TIE_BREAKER), perField.get(Fields.BREADCRUMB)), 0f);
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
        return phrases.isEmpty() ? null : new DisjunctionMaxQuery(phrases, RankingWeights.TIE_BREAKER);
    }

    /**
     * When the query spells an acronym out ("object-relational mapping"), sections that use the acronym
     * ("ORM") also match, as a bonus that does not count in the coverage: the spelled-out words do, where the
     * index knows them. A word of the long form the index never has ("scripting" in a corpus that only writes
     * XSS) is covered by the acronym, as a word nobody writes is by its synonyms (see {@link #coveragePart}).
     */
    private List<ShortForm> shortForms(List<Clause> positive, AcronymMap acronyms) {
        String typed = String.join(" ", positive.stream().map(Clause::text).toList());
        List<ShortForm> shortForms = new ArrayList<>();
        for (Acronym pair : acronyms.spelledIn(typed)) {
            List<Query> perField = fields.onEveryField(new Clause(Type.WORD, pair.shortForm(), Occur.SHOULD));
            if (!perField.isEmpty()) {
                shortForms.add(new ShortForm(new DisjunctionMaxQuery(perField, RankingWeights.TIE_BREAKER),
                        Set.copyOf(AcronymMap.words(pair.longForm()))));
            }
        }
        return shortForms;
    }

    /**
     * For a query that compares two things, the side each clause part stands on: a reader wants the section on
     * either thing, not only one that names both. A comparison is "A vs B" (or "versus", once in the query) or
     * "difference between A and B" (or "or"). Empty for any other query; -1 for parts on neither side (the words
     * before "between", and parts added after the typed words, of which there are none today).
     */
    private static List<Integer> comparisonSides(List<Clause> positive, List<Integer> partOf, int parts) {
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
            if (i != divider && partOf.get(i) >= 0) {
                sides[partOf.get(i)] = i < divider ? 0 : 1;
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
     * it counts (as the rarest of words) in how much of the query a hit covers. A clause no field analyses into
     * anything (punctuation) does not count.
     */
    private ClausePlan unknown(Clause clause) {
        for (String field : FieldWeights.BOOSTS.keySet()) {
            if (fields.fieldQuery(clause, field) != null) {
                Rescoring.Part part = new Rescoring.Part(new MatchNoDocsQuery("unknown word " + clause.text()), false);
                return new ClausePlan(clause, false, List.of(), part, Map.of());
            }
        }
        return new ClausePlan(clause, false, List.of(), null, Map.of());
    }

    /**
     * A clause on each field where it produces terms, weighted by field.
     *
     * @param perField  the clause's query per field; empty when it is dropped
     * @param corrected true when the queries are those of the corrections of a word the index does not know
     */
    private record FieldMatch(Map<String, Query> perField, boolean corrected) {
    }

    /**
     * The clause's query on each field where it produces terms, weighted by field. A plain word the index does
     * not know is replaced by its corrections when {@code correct}, and by its completions too when the reader
     * may still be {@code typing} it; else dropped (an empty map).
     */
    private FieldMatch fieldMatch(Clause clause, IndexReader reader, boolean correct, boolean typing, int expansions)
            throws IOException {
        Map<String, Query> perField = new LinkedHashMap<>();
        boolean known = false;
        for (Map.Entry<String, Float> field : FieldWeights.BOOSTS.entrySet()) {
            Query query = fields.fieldQuery(clause, field.getKey(), expansions);
            if (query != null) {
                known |= clause.type() != Type.WORD || knownMemo.get(reader, query, q -> FieldQueries.existsInIndex(q, reader));
                perField.put(field.getKey(), new BoostQuery(query, fields.boost(field.getKey())));
            }
        }
        if (known || clause.type() != Type.WORD || clause.occur() == Occur.MUST_NOT) {
            return new FieldMatch(perField, false);
        }
        if (!correct || !features.has(RankingFeature.CORRECTIONS)) {
            return new FieldMatch(correct ? perField : Map.of(), false);
        }
        Map<String, Query> fuzzy = fuzzy(clause, reader, typing, expansions);
        return new FieldMatch(fuzzy, !fuzzy.isEmpty());
    }

    /**
     * Matches a word the index does not know through the known words it was probably meant to be, each
     * searched like a typed word but weighted down by {@link RankingWeights#FUZZY} and its similarity, so that a
     * corrected match never outranks an exact one.
     */
    private Map<String, Query> fuzzy(Clause clause, IndexReader reader, boolean typing, int expansions)
            throws IOException {
        Map<String, List<Query>> alternatives = new LinkedHashMap<>();
        if (typing && clause.text().codePointCount(0, clause.text().length()) >= MIN_COMPLETED_LENGTH) {
            // The words it begins, as if typed with a '*', weighted like a close correction.
            addAlternative(new Clause(Type.PREFIX, clause.text(), clause.occur()), RankingWeights.FUZZY, expansions,
                    alternatives, field -> FieldQueries.prefixExists(reader, field, clause.text()));
        }
        for (Corrections.Correction correction : corrections.of(clause.text(), reader)) {
            addAlternative(new Clause(Type.WORD, correction.word(), clause.occur()),
                    RankingWeights.FUZZY * correction.similarity(), expansions, alternatives, field -> true);
        }
        Map<String, Query> perField = new LinkedHashMap<>();
        alternatives.forEach((field, queries) ->
                perField.put(field, queries.size() == 1 ? queries.getFirst() : new DisjunctionMaxQuery(queries, 0f)));
        return perField;
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
     * Only for queries of at least {@link RankingWeights#VERBATIM_MIN_WORDS} searched words, none quoted or excluded: three
     * words are often a natural phrase that other sections use too ("checking user permissions" lost its
     * answer to a section that says just that in passing), and a quoted phrase is matched as one already.
     */
    private Query verbatim(UserQuery userQuery) {
        if (!features.has(RankingFeature.PROXIMITY)) {
            return null;
        }
        List<Clause> clauses = userQuery.clauses();
        long searched = userQuery.positive().stream()
                .filter(c -> !isStopWord(c) && c.text().codePoints().anyMatch(Character::isLetterOrDigit)).count();
        boolean plainWords = clauses.stream().allMatch(c -> c.type() == Type.WORD && c.occur() != Occur.MUST_NOT);
        if (searched < RankingWeights.VERBATIM_MIN_WORDS || !plainWords) {
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
     * only to the hits that are rescored (see {@link Rescoring#proximity()}).
     * <p>
     * Two words joined into one identifier ({@code joined}) get the bonus only where
     * that identifier is not: the index puts an identifier's parts side by side after it, so "transaction
     * atomic" stands together wherever {@code transaction.atomic} is, and the identifier has scored already.
     * Counted twice, a section that writes it in both prose and code outranked one that shows it once as its
     * example; the words as a phrase of prose ("closed timestamp" beside {@code closed_timestamp}) still count.
     */
    private Query proximity(List<Clause> positive, List<Joined> joined) {
        if (!features.has(RankingFeature.PROXIMITY)) {
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
            int at = words.get(w);
            int next = words.get(w + 1);
            Query identifier = joined.stream().filter(j -> j.covers(at) && j.covers(next)).map(Joined::query)
                    .findFirst().orElse(null);
            Query together = together(positive.get(at).text() + " " + positive.get(next).text(), identifier);
            if (together != null) {
                pairs.add(new BoostQuery(together, RankingWeights.PROXIMITY), BooleanClause.Occur.SHOULD);
            }
        }
        BooleanQuery proximity = pairs.build();
        return proximity.clauses().isEmpty() ? null : proximity;
    }

    /**
     * Two words near each other in any field, weighted by field; where both are joined into {@code identifier}
     * (or null), only where that identifier is not. Null when no field makes a phrase of them.
     */
    private Query together(String pair, Query identifier) {
        List<Query> near = new ArrayList<>();
        for (Map.Entry<String, Float> field : FieldWeights.BOOSTS.entrySet()) {
            Query phrase = fields.sloppyPhrase(field.getKey(), pair, RankingWeights.PROXIMITY_SLOP);
            if (phrase instanceof PhraseQuery || phrase instanceof MultiPhraseQuery) {
                near.add(new BoostQuery(phrase, fields.boost(field.getKey())));
            }
        }
        if (near.isEmpty()) {
            return null;
        }
        Query together = new DisjunctionMaxQuery(near, RankingWeights.TIE_BREAKER);
        return identifier == null ? together : new BooleanQuery.Builder().add(together, BooleanClause.Occur.MUST)
                .add(identifier, BooleanClause.Occur.MUST_NOT).build();
    }
}
