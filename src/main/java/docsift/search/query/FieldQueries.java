package docsift.search.query;

import docsift.index.Fields;
import docsift.search.query.UserQuery.Clause;
import docsift.search.rank.FieldWeights;
import docsift.search.rank.RankingFeature;
import docsift.search.rank.RankingFeatures;
import docsift.search.rank.RankingWeights;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.StringHelper;

/**
 * The building block every part of a query is made of: one clause (a word, a phrase, a prefix) analysed as
 * each searchable field analyses text, weighted by the field. Immutable and thread-safe.
 */
final class FieldQueries {
    /** Bounds on what one multi-term clause may expand to, per field. */
    static final int MAX_EXPANSIONS = 32;

    private final Analyzer analyzer;
    private final QueryBuilder builder;
    private final RankingFeatures features;

    FieldQueries(Analyzer queryAnalyzer, RankingFeatures features) {
        this.analyzer = queryAnalyzer;
        this.builder = new QueryBuilder(queryAnalyzer);
        this.features = features;
    }

    /** The boost of a field: its weight, or 1 for every field when field weights are switched off. */
    float boost(String field) {
        return features.has(RankingFeature.FIELD_WEIGHTS) ? FieldWeights.BOOSTS.get(field) : 1f;
    }

    /** The clause on every field where it produces terms, each weighted by its field; no corrections. */
    List<Query> onEveryField(Clause clause) {
        List<Query> perField = new ArrayList<>();
        for (Map.Entry<String, Float> field : FieldWeights.BOOSTS.entrySet()) {
            Query query = fieldQuery(clause, field.getKey());
            if (query != null) {
                perField.add(new BoostQuery(query, boost(field.getKey())));
            }
        }
        return perField;
    }

    /**
     * A word clause on {@link Fields#LINK_ONLY}: matches the sections that say each of its words only as link
     * text (any form of each, as the index worked them out from the same analysis); null for other clauses and
     * for a word the analysis leaves nothing of.
     */
    Query linkOnly(Clause clause) {
        if (clause.type() != UserQuery.Type.WORD) {
            return null;
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        List<BooleanQuery.Builder> forms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(Fields.HEADING, clause.text())) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || forms.isEmpty()) {
                    forms.add(new BooleanQuery.Builder());
                }
                forms.getLast().add(new TermQuery(new Term(Fields.LINK_ONLY, term.toString())), BooleanClause.Occur.SHOULD);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a word in memory", e);
        }
        forms.forEach(word -> words.add(word.build(), BooleanClause.Occur.MUST));
        return forms.isEmpty() ? null : words.build();
    }

    /** The words as a phrase on one field whose words may stand up to {@code slop} positions apart; or null. */
    Query sloppyPhrase(String field, String words, int slop) {
        return builder.createPhraseQuery(field, words, slop);
    }

    /** The clause's query on one field, unweighted; null when the field's analysis leaves nothing of it. */
    Query fieldQuery(Clause clause, String field) {
        return fieldQuery(clause, field, MAX_EXPANSIONS);
    }

    /**
     * The clause's query on one field, unweighted, a prefix expanding to at most {@code expansions} words; null
     * when the field's analysis leaves nothing of it.
     */
    Query fieldQuery(Clause clause, String field, int expansions) {
        return switch (clause.type()) {
            case WORD -> builder.createPhraseQuery(field, clause.text(), 0);
            case PHRASE -> withExactPhrase(field, clause.text(), builder.createPhraseQuery(field, clause.text(), 0));
            case PREFIX -> prefix(field, clause.text(), expansions);
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

    private static Query prefix(String field, String text, int expansions) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.isBlank()) {
            return null;
        }
        PrefixQuery prefix = new PrefixQuery(new Term(field, lower),
                new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(expansions));
        return new BoostQuery(prefix, RankingWeights.PREFIX);
    }

    /** True when some term of the field begins with the (lower-cased) prefix. */
    static boolean prefixExists(IndexReader reader, String field, String prefix) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return false;
        }
        BytesRef start = new BytesRef(prefix.toLowerCase(Locale.ROOT));
        TermsEnum enumerator = terms.iterator();
        return enumerator.seekCeil(start) != TermsEnum.SeekStatus.END && StringHelper.startsWith(enumerator.term(), start);
    }

    /**
     * True when the index knows every word the query names: each term of a plain term or phrase query, and at
     * least one of the terms stacked at one position (a word's stem and its form as written).
     */
    static boolean existsInIndex(Query query, IndexReader reader) throws IOException {
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
}
