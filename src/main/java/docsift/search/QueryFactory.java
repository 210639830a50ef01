package docsift.search;

import docsift.index.Fields;
import docsift.search.UserQuery.Clause;
import docsift.search.UserQuery.Occur;
import docsift.search.UserQuery.Type;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a parsed {@link UserQuery} into a Lucene query over the weighted fields: each clause is the best
 * of its per-field matches (a dismax), clauses add up so that more matched words rank higher, adjacent
 * words get a proximity bonus, and a word the index does not know is matched fuzzily at a lower weight.
 * Immutable and thread-safe; the index reader passed in is only read.
 */
final class QueryFactory {
    /**
     * Share of the other fields' scores a dismax adds to its best field's score: enough that a word in the
     * heading and all through the body beats the same word in a heading alone.
     */
    private static final float TIE_BREAKER = 0.3f;
    /** Fuzzy and prefix matches never count as much as an exact word. */
    private static final float FUZZY_WEIGHT = 0.45f;
    private static final float PREFIX_WEIGHT = 0.8f;
    /** Bonus when the words of the query stand near each other, as typed. */
    private static final float PROXIMITY_WEIGHT = 0.6f;
    private static final int PROXIMITY_SLOP = 3;
    /** Weight of the other form of an acronym the query uses, added to the form typed. */
    private static final float ACRONYM_WEIGHT = 0.5f;
    /** Weight of an identifier the query's words join into, added to the words' own scores. */
    private static final float IDENTIFIER_WEIGHT = 1f;
    /** Most words joined into one identifier. */
    private static final int MAX_JOINED = 4;
    /** How identifiers join words: snake_case, dotted.names, and camelCase (indexed lower-cased). */
    private static final List<String> IDENTIFIER_SEPARATORS = List.of("_", ".", "");
    /** Weight of a synonym of a word, added to the word's own score. */
    private static final float SYNONYM_WEIGHT = 0.5f;
    /** Bounds on what one multi-term clause may expand to. */
    static final int MAX_EXPANSIONS = 32;

    private final Analyzer analyzer;
    private final QueryBuilder builder;
    private final Corrections corrections = new Corrections();
    private final Synonyms synonymGroups;
    private final RankingFeatures features;
    /**
     * The acronym map of an index view, read once per view: reading it walks the whole acronym field, which
     * every search did before (a third of building the query on a large corpus).
     */
    private final ViewMemo<String, AcronymMap> acronymMemo = new ViewMemo<>(1);
    /**
     * Per index view, a word's synonyms and the identifiers runs of words join into: looking them up costs a
     * dictionary lookup per candidate and field, on every request, for the same words again and again.
     */
    private final ViewMemo<String, SynonymMatch> synonymMemo = new ViewMemo<>(10_000);
    private final ViewMemo<String, Map<String, Query>> identifierMemo = new ViewMemo<>(10_000);

    QueryFactory(Analyzer queryAnalyzer, RankingFeatures features) {
        this.analyzer = queryAnalyzer;
        this.builder = new QueryBuilder(queryAnalyzer);
        this.synonymGroups = new Synonyms(queryAnalyzer);
        this.features = features;
    }

    /** The boost of a field: its weight, or 1 for every field when field weights are switched off. */
    private float boost(Map.Entry<String, Float> field) {
        return features.fieldWeights() ? field.getValue() : 1f;
    }

    /** The Lucene query, or null when nothing in the input is searchable (only stop words, say). */
    BuiltQuery build(UserQuery userQuery, IndexReader reader) throws IOException {
        BooleanQuery.Builder scoring = new BooleanQuery.Builder();
        List<BuiltQuery.Part> clauseQueries = new ArrayList<>();
        Map<String, BooleanQuery.Builder> byField = new LinkedHashMap<>();
        List<String> fuzzyWords = new ArrayList<>();
        boolean searchable = false;
        boolean onlyStopWords = userQuery.positive().stream().allMatch(this::isStopWord);
        AcronymMap acronyms = features.acronyms() ? acronymMemo.get(reader, "", key -> AcronymMap.read(reader)) : null;
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
            Query synonyms = synonyms(clause, reader, byField);
            Map<String, Query> perField = clauseQueries(clause, reader, fuzzyWords, synonyms == null);
            if (perField.isEmpty() && synonyms == null) {
                addUnknown(clause, clauseQueries);
                continue;
            }
            searchable = true;
            BooleanClause.Occur occur = clause.occur() == Occur.MUST ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD;
            Query proseOnly = proseOnly(clause, perField);
            Query dismax;
            if (perField.isEmpty()) {
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
            Query longForms = acronyms == null ? null : longForms(clause, acronyms);
            if (longForms != null) {
                scoring.add(new BoostQuery(longForms, ACRONYM_WEIGHT), BooleanClause.Occur.SHOULD);
                // A section that only spells the acronym out still covers the word.
                dismax = new DisjunctionMaxQuery(List.of(dismax, longForms), 0f);
            }
            clauseQueries.add(new BuiltQuery.Part(dismax, fuzzyWords.size() > corrected, proseOnly));
            perField.forEach((field, q) -> byField.computeIfAbsent(field, f -> new BooleanQuery.Builder())
                    .add(q, BooleanClause.Occur.SHOULD));
        }
        if (!searchable) {
            return null;
        }
        addIdentifiers(positive, partOf, reader, scoring, clauseQueries, byField);
        addProximity(userQuery, scoring);
        if (acronyms != null) {
            addShortForms(userQuery, acronyms, scoring);
        }
        for (Clause clause : userQuery.negative()) {
            Map<String, Query> perField = clauseQueries(clause, reader, new ArrayList<>(), true);
            if (!perField.isEmpty()) {
                scoring.add(new DisjunctionMaxQuery(perField.values(), 0f), BooleanClause.Occur.MUST_NOT);
            }
        }
        Map<String, Query> fieldQueries = new LinkedHashMap<>();
        byField.forEach((field, b) -> fieldQueries.put(field, b.build()));
        return new BuiltQuery(scoring.build(), clauseQueries, fieldQueries, fuzzyWords);
    }

    /**
     * Words typed apart that the index knows as one identifier: "select for update" for
     * {@code select_for_update}, "transaction atomic" for {@code transaction.atomic}, "base model" for
     * {@code BaseModel}. The identifier scores as a word of its own, and a section that has it covers each of
     * the words it joins, in full (its parts would otherwise count as words found only in code). Runs of up
     * to {@link #MAX_JOINED} words, longest first; each word joins one identifier at most.
     */
    private void addIdentifiers(List<Clause> positive, int[] partOf, IndexReader reader, BooleanQuery.Builder scoring,
                                List<BuiltQuery.Part> clauseQueries, Map<String, BooleanQuery.Builder> byField)
            throws IOException {
        if (!features.identifiers()) {
            return;
        }
        int start = 0;
        while (start < positive.size()) {
            int joined = 0;
            for (int n = Math.min(MAX_JOINED, positive.size() - start); n >= 2 && joined == 0; n--) {
                List<Clause> run = positive.subList(start, start + n);
                if (run.stream().allMatch(c -> c.type() == Type.WORD && c.occur() == Occur.SHOULD && isIdentifierPart(c.text()))) {
                    Map<String, Query> perField = identifier(run.stream().map(Clause::text).toList(), reader);
                    if (!perField.isEmpty()) {
                        useIdentifier(perField, partOf, start, n, scoring, clauseQueries, byField);
                        joined = n;
                    }
                }
            }
            start += Math.max(1, joined);
        }
    }

    private static boolean isIdentifierPart(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isLetterOrDigit);
    }

    /** The per-field queries of the first joined form the index has, or an empty map when it has none. */
    private Map<String, Query> identifier(List<String> words, IndexReader reader) throws IOException {
        String key = String.join(" ", words).toLowerCase(Locale.ROOT);
        return identifierMemo.get(reader, key, k -> joinedIdentifier(words, reader));
    }

    private Map<String, Query> joinedIdentifier(List<String> words, IndexReader reader) throws IOException {
        for (String separator : IDENTIFIER_SEPARATORS) {
            Clause joined = new Clause(Type.WORD, String.join(separator, words), Occur.SHOULD);
            Map<String, Query> perField = new LinkedHashMap<>();
            for (Map.Entry<String, Float> field : FieldWeights.BOOSTS.entrySet()) {
                Query query = fieldQuery(joined, field.getKey());
                if (query instanceof TermQuery || query instanceof SynonymQuery) {
                    if (existsInIndex(query, reader)) {
                        perField.put(field.getKey(), new BoostQuery(query, boost(field)));
                    }
                }
            }
            if (!perField.isEmpty()) {
                return perField;
            }
        }
        return Map.of();
    }

    private void useIdentifier(Map<String, Query> perField, int[] partOf, int start, int n, BooleanQuery.Builder scoring,
                               List<BuiltQuery.Part> clauseQueries, Map<String, BooleanQuery.Builder> byField) {
        Query identifier = new DisjunctionMaxQuery(perField.values(), TIE_BREAKER);
        scoring.add(new BoostQuery(identifier, IDENTIFIER_WEIGHT), BooleanClause.Occur.SHOULD);
        for (int i = start; i < start + n; i++) {
            if (partOf[i] >= 0) {
                BuiltQuery.Part part = clauseQueries.get(partOf[i]);
                Query query = new DisjunctionMaxQuery(List.of(part.query(), identifier), 0f);
                Query prose = part.prose() == null ? null : new DisjunctionMaxQuery(List.of(part.prose(), identifier), 0f);
                clauseQueries.set(partOf[i], new BuiltQuery.Part(query, part.corrected(), prose));
            }
        }
        perField.forEach((field, q) -> byField.computeIfAbsent(field, f -> new BooleanQuery.Builder())
                .add(q, BooleanClause.Occur.SHOULD));
    }

    /**
     * The other words of a plain word's synonym groups that the index knows, searched like typed words on the
     * English fields (and marked in snippets); null when there are none.
     */
    private Query synonyms(Clause clause, IndexReader reader, Map<String, BooleanQuery.Builder> highlighted)
            throws IOException {
        if (!features.synonyms() || clause.type() != Type.WORD || clause.occur() == Occur.MUST_NOT) {
            return null;
        }
        SynonymMatch match = synonymMemo.get(reader, clause.text().toLowerCase(Locale.ROOT), word -> synonyms(word, reader));
        if (match == null) {
            return null;
        }
        match.marked().forEach((field, queries) -> queries.forEach(query ->
                highlighted.computeIfAbsent(field, f -> new BooleanQuery.Builder()).add(query, BooleanClause.Occur.SHOULD)));
        return match.query();
    }

    /** A word's synonyms the index knows: the query, and per field the terms to mark in snippets. */
    private record SynonymMatch(Query query, Map<String, List<Query>> marked) {
    }

    private SynonymMatch synonyms(String word, IndexReader reader) throws IOException {
        List<Query> alternatives = new ArrayList<>();
        Map<String, List<Query>> marked = new LinkedHashMap<>();
        for (String other : synonymGroups.of(word)) {
            List<Query> perField = new ArrayList<>();
            for (String field : Fields.ENGLISH_FIELDS) {
                Query query = fieldQuery(new Clause(Type.WORD, other, Occur.SHOULD), field);
                if (query != null && existsInIndex(query, reader)) {
                    perField.add(new BoostQuery(query, boost(Map.entry(field, FieldWeights.BOOSTS.get(field)))));
                    marked.computeIfAbsent(field, f -> new ArrayList<>()).add(query);
                }
            }
            if (!perField.isEmpty()) {
                alternatives.add(new DisjunctionMaxQuery(perField, TIE_BREAKER));
            }
        }
        return alternatives.isEmpty() ? null : new SynonymMatch(new DisjunctionMaxQuery(alternatives, 0f), marked);
    }

    /**
     * The best of a clause's per-field matches plus a share of the others, where the breadcrumb (the parent
     * headings) only stands in when it is the best: it gives context to a section whose own text lacks the
     * word ("Examples" under "select_for_update"), but it must not add to a section that has the word itself,
     * or "Example: Lost update anomaly" outranks its parent "Lost update anomaly" for "lost update".
     */
    private static Query fieldsDismax(Map<String, Query> perField) {
        if (!perField.containsKey(Fields.BREADCRUMB) || perField.size() == 1) {
            return new DisjunctionMaxQuery(perField.values(), TIE_BREAKER);
        }
        List<Query> own = perField.entrySet().stream().filter(e -> !e.getKey().equals(Fields.BREADCRUMB))
                .map(Map.Entry::getValue).toList();
        return new DisjunctionMaxQuery(List.of(new DisjunctionMaxQuery(own, TIE_BREAKER), perField.get(Fields.BREADCRUMB)), 0f);
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
            for (Query phrase : clauseQueriesWithoutCorrection(new Clause(Type.PHRASE, longForm, clause.occur()))) {
                phrases.add(new BoostQuery(phrase, perWord));
            }
        }
        return phrases.isEmpty() ? null : new DisjunctionMaxQuery(phrases, TIE_BREAKER);
    }

    /**
     * When the query spells an acronym out ("object-relational mapping"), sections that use the acronym
     * ("ORM") also match, as a bonus that does not count in the coverage: the spelled-out words do.
     */
    private void addShortForms(UserQuery userQuery, AcronymMap acronyms, BooleanQuery.Builder scoring) {
        String typed = String.join(" ", userQuery.positive().stream().map(Clause::text).toList());
        for (String shortForm : acronyms.shortFormsSpelledIn(typed)) {
            List<Query> perField = clauseQueriesWithoutCorrection(new Clause(Type.WORD, shortForm, Occur.SHOULD));
            if (!perField.isEmpty()) {
                scoring.add(new BoostQuery(new DisjunctionMaxQuery(perField, TIE_BREAKER), ACRONYM_WEIGHT),
                        BooleanClause.Occur.SHOULD);
            }
        }
    }

    private List<Query> clauseQueriesWithoutCorrection(Clause clause) {
        List<Query> perField = new ArrayList<>();
        for (Map.Entry<String, Float> field : FieldWeights.BOOSTS.entrySet()) {
            Query query = fieldQuery(clause, field.getKey());
            if (query != null) {
                perField.add(new BoostQuery(query, boost(field)));
            }
        }
        return perField;
    }

    /**
     * A plain word the English chain drops ("how", "do", "I", "with"): it says nothing about the topic, so in a
     * query with other words it neither scores (in code, where "i" and "do" are everywhere) nor counts in the
     * coverage. Only a query made of nothing else searches such words, in code, where they are Python.
     */
    private boolean isStopWord(Clause clause) {
        if (clause.type() != Type.WORD || !clause.text().chars().allMatch(Character::isLetter)) {
            return false;
        }
        return Fields.ENGLISH_FIELDS.stream().allMatch(field -> fieldQuery(clause, field) == null);
    }

    /**
     * A word the index does not know and cannot correct still belongs to the query: it matches nothing, but
     * it counts (as the rarest of words) in how much of the query a hit covers. A stop word does not count.
     */
    private void addUnknown(Clause clause, List<BuiltQuery.Part> clauseQueries) {
        for (String field : FieldWeights.BOOSTS.keySet()) {
            if (fieldQuery(clause, field) != null) {
                clauseQueries.add(new BuiltQuery.Part(new MatchNoDocsQuery("unknown word " + clause.text()), false));
                return;
            }
        }
    }

    /**
     * The clause's query on each field where it produces terms, weighted by field. A plain word the index does
     * not know is replaced by its corrections when {@code correct}, else dropped (an empty map).
     */
    private Map<String, Query> clauseQueries(Clause clause, IndexReader reader, List<String> fuzzyWords,
                                             boolean correct) throws IOException {
        Map<String, Query> perField = new LinkedHashMap<>();
        boolean known = false;
        for (Map.Entry<String, Float> field : FieldWeights.BOOSTS.entrySet()) {
            Query query = fieldQuery(clause, field.getKey());
            if (query != null) {
                known |= clause.type() != Type.WORD || existsInIndex(query, reader);
                perField.put(field.getKey(), new BoostQuery(query, boost(field)));
            }
        }
        if (!known && clause.type() == Type.WORD && clause.occur() != Occur.MUST_NOT) {
            if (!correct) {
                perField.clear();
            } else if (features.corrections()) {
                addFuzzy(clause, perField, fuzzyWords, reader);
            }
        }
        return perField;
    }

    private Query fieldQuery(Clause clause, String field) {
        return switch (clause.type()) {
            case WORD -> builder.createPhraseQuery(field, clause.text(), 0);
            case PHRASE -> withExactPhrase(field, clause.text(), builder.createPhraseQuery(field, clause.text(), 0));
            case PREFIX -> prefix(field, clause.text());
        };
    }

    /**
     * A phrase matches every form of its words; when the analysis also keeps the forms as written, the phrase
     * as written counts on top, as a typed word's own form does: "context manager" ranks "Context manager"
     * over "Context managers".
     */
    private Query withExactPhrase(String field, String text, Query stemmed) {
        PhraseQuery asWritten = stemmed == null ? null : phraseAsWritten(field, text);
        if (asWritten == null) {
            return stemmed;
        }
        return new BooleanQuery.Builder().add(stemmed, BooleanClause.Occur.SHOULD)
                .add(asWritten, BooleanClause.Occur.SHOULD).build();
    }

    /** The phrase of the first term at each position (the form as written), or null when nothing was stemmed. */
    private PhraseQuery phraseAsWritten(String field, String text) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        boolean stemmed = false;
        int position = -1;
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (increment.getPositionIncrement() == 0) {
                    stemmed = true;
                } else {
                    position += increment.getPositionIncrement();
                    phrase.add(new Term(field, term.toString()), position);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a phrase in memory", e);
        }
        return stemmed && position > 0 ? phrase.build() : null;
    }

    private static Query prefix(String field, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.isBlank()) {
            return null;
        }
        PrefixQuery prefix = new PrefixQuery(new Term(field, lower),
                new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS));
        return new BoostQuery(prefix, PREFIX_WEIGHT);
    }

    /**
     * True when the index knows every word the query names: each term of a plain term or phrase query, and at
     * least one of the terms stacked at one position (a word's stem and its form as written).
     */
    private static boolean existsInIndex(Query query, IndexReader reader) throws IOException {
        List<List<Term>> alternatives = new ArrayList<>();
        query.visit(collector(alternatives));
        for (List<Term> anyOf : alternatives) {
            boolean found = false;
            for (Term term : anyOf) {
                found |= reader.docFreq(term) > 0;
            }
            if (!found) {
                return false;
            }
        }
        return !alternatives.isEmpty();
    }

    /** Collects terms as lists of alternatives: all terms of a term or phrase query must match, else any one. */
    private static QueryVisitor collector(List<List<Term>> alternatives) {
        return new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... found) {
                if (query instanceof TermQuery || query instanceof PhraseQuery) {
                    List.of(found).forEach(term -> alternatives.add(List.of(term)));
                } else {
                    alternatives.add(List.of(found));
                }
            }
        };
    }

    /**
     * Matches a word the index does not know through the known words it was probably meant to be, each
     * searched like a typed word but weighted down by {@link #FUZZY_WEIGHT} and its similarity, so that a
     * corrected match never outranks an exact one.
     */
    private void addFuzzy(Clause clause, Map<String, Query> perField, List<String> fuzzyWords, IndexReader reader)
            throws IOException {
        perField.clear();
        Map<String, List<Query>> alternatives = new LinkedHashMap<>();
        for (Corrections.Correction correction : corrections.of(clause.text(), reader)) {
            Clause corrected = new Clause(Type.WORD, correction.word(), clause.occur());
            for (Map.Entry<String, Float> field : FieldWeights.BOOSTS.entrySet()) {
                Query query = fieldQuery(corrected, field.getKey());
                if (query != null) {
                    float boost = boost(field) * FUZZY_WEIGHT * correction.similarity();
                    alternatives.computeIfAbsent(field.getKey(), f -> new ArrayList<>()).add(new BoostQuery(query, boost));
                }
            }
        }
        alternatives.forEach((field, queries) ->
                perField.put(field, queries.size() == 1 ? queries.getFirst() : new DisjunctionMaxQuery(queries, 0f)));
        if (!perField.isEmpty()) {
            fuzzyWords.add(clause.text());
        }
    }

    /**
     * A bonus for each pair of neighbouring words of the query (stop words skipped) that also stand close
     * together in a section: "custom manager" in a question about writing one points at "Custom Managers"
     * even when the other words point elsewhere. Pairs rather than the whole query, so long questions,
     * whose words never all stand together, get the bonus too.
     */
    private void addProximity(UserQuery userQuery, BooleanQuery.Builder scoring) {
        if (!features.proximity()) {
            return;
        }
        List<String> words = userQuery.positive().stream()
                .filter(c -> c.type() == Type.WORD && !isStopWord(c)).map(Clause::text).toList();
        for (int i = 0; i + 1 < words.size(); i++) {
            String pair = words.get(i) + " " + words.get(i + 1);
            List<Query> near = new ArrayList<>();
            for (Map.Entry<String, Float> field : FieldWeights.BOOSTS.entrySet()) {
                Query phrase = builder.createPhraseQuery(field.getKey(), pair, PROXIMITY_SLOP);
                if (phrase instanceof PhraseQuery || phrase instanceof MultiPhraseQuery) {
                    near.add(new BoostQuery(phrase, boost(field)));
                }
            }
            if (!near.isEmpty()) {
                scoring.add(new BoostQuery(new DisjunctionMaxQuery(near, TIE_BREAKER), PROXIMITY_WEIGHT),
                        BooleanClause.Occur.SHOULD);
            }
        }
    }
}
