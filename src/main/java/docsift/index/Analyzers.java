package docsift.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Every analyzer docsift uses, so indexing and searching can never disagree on how a field is analysed.
 * The analyzers returned are thread-safe and meant to be created once and shared (one index analyzer for the
 * IndexWriter, one query analyzer for all searches); close them when the owner closes.
 *
 * <p>Index and query sides differ on purpose: only the index side expands identifiers into their parts, so a
 * query identifier ({@code select_for_update}) meets the whole indexed token and separate query words
 * ("select for update") meet the indexed parts, as terms or as a phrase.
 */
public final class Analyzers {
    /** Words that frame a question rather than name its subject, beyond Lucene's English stop words. */
    private static final List<String> QUESTION_WORDS = List.of(
            // question words
            "how", "what", "why", "when", "where", "which", "who", "whom", "whose",
            // auxiliaries and modals
            "do", "does", "did", "doing", "can", "could", "should", "would", "may", "might", "must", "shall",
            "am", "were", "been", "being", "have", "has", "had",
            // the asker and the reader
            "i", "me", "my", "we", "our", "you", "your",
            // verbs that frame a question rather than name its subject
            "use", "using", "used", "make", "explain", "mean", "means", "work", "works",
            // fillers
            "here", "some", "about", "between", "difference", "vs", "versus", "way", "ways",
            "example", "examples", "also", "just",
            // indefinite pronouns and fillers: "someone else" is not the Python keyword else
            "else", "someone", "somebody", "something", "anyone", "anybody", "anything", "everyone", "everything",
            "thing", "things", "really", "actually", "please",
            // quantifiers and possessives that name no topic ("record which pages each user views"), as in
            // the Snowball English list; not "all" and "any", which are Python and Django names
            "each", "every", "both", "its");
    /**
     * Negated auxiliaries are the stop words "do", "can", ... and "not" in one token, which the tokenizer keeps
     * whole ("why don't threads use all cores" is about threads and cores); the other contractions ("it's",
     * "what's") lose their "'s" to the possessive filter and become stop words that way.
     */
    private static final List<String> CONTRACTIONS = List.of("don't", "doesn't", "didn't", "can't", "couldn't",
            "won't", "wouldn't", "shouldn't", "mustn't", "isn't", "aren't", "wasn't", "weren't", "haven't",
            "hasn't", "hadn't", "i'm", "i've", "i'd", "i'll", "you're", "you've", "we're", "we've");
    /**
     * The same contractions typed without the apostrophe, as search boxes get them ("why dont threads..."):
     * none is an English word a text is about. ("cant", "wont" and "ill" are words, though rare ones; "id" and
     * "well" are not taken.)
     */
    private static final List<String> TYPED_CONTRACTIONS = List.of("dont", "doesnt", "didnt", "cant", "couldnt",
            "wont", "wouldnt", "shouldnt", "mustnt", "isnt", "arent", "wasnt", "werent", "havent", "hasnt", "hadnt",
            "im", "ive", "youre", "youve", "weve", "whats", "thats", "hows");

    /**
     * Lucene's English stop words plus the question and filler words of natural-language queries ("how do I
     * use signals" should search for signals). Deliberately absent: words that are also things readers search
     * for, such as HTTP methods and builtins (get, post, put, delete, set, list, map, filter, all, any). Python
     * keywords among the stop words (with, as, is, not, in, for, ...) are only dropped from English fields; the
     * code fields keep every word. Contractions of stop words are stop words: "don't" as "do" and "not".
     */
    private static final CharArraySet STOP_WORDS = buildStopWords();

    private Analyzers() {
    }

    /** Per-field analyzer for {@code IndexWriterConfig}: English and code chains with identifier expansion. */
    public static Analyzer newIndexAnalyzer() {
        return perField(englishIndex(), codeIndex());
    }

    /**
     * Per-field analyzer for building queries: the same chains without identifier expansion, but with the
     * positions it gives (see {@link IdentifierPositionFilter}), so phrases of identifiers match.
     */
    public static Analyzer newQueryAnalyzer() {
        return newQueryAnalyzer(true);
    }

    /**
     * Per-field analyzer for building queries, with or without the forms as written beside the stems; without
     * them a query meets only the stems in the index, for evaluations that measure what the forms earn.
     */
    public static Analyzer newQueryAnalyzer(boolean exactForms) {
        return perField(englishQuery(exactForms), codeQuery());
    }

    /** Plain {@link StandardAnalyzer}, the "no domain knowledge" baseline for evaluations. */
    public static Analyzer newBaselineAnalyzer() {
        return new StandardAnalyzer();
    }

    /** The stop words of the English chains (unmodifiable). */
    public static CharArraySet stopWords() {
        return STOP_WORDS;
    }

    /** Fields not listed are keys and filters: a field analysed by accident must still match exactly. */
    private static Analyzer perField(Analyzer english, Analyzer code) {
        Map<String, Analyzer> byField = new HashMap<>();
        Fields.ENGLISH_FIELDS.forEach(field -> byField.put(field, english));
        Fields.CODE_FIELDS.forEach(field -> byField.put(field, code));
        // The spelling dictionary holds whole words as written (lower-cased): suggestions must be real words.
        byField.put(Fields.SPELL, codeQuery());
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), byField);
    }

    // Expansion runs before lower-casing: camelCase boundaries are gone once the term is lower case.
    private static Analyzer englishIndex() {
        return chain(source -> stemmed(new StopFilter(new LowerCaseFilter(
                new EnglishPossessiveFilter(new IdentifierExpansionFilter(source))), STOP_WORDS)));
    }

    // Identifiers are marked after stop-word removal (no stop word contains '.', '_' or '@') and before
    // stemming, matching what the expansion filter marks on the index side.
    private static Analyzer englishQuery(boolean exactForms) {
        return chain(source -> {
            TokenStream words = new IdentifierKeywordMarkerFilter(new StopFilter(new LowerCaseFilter(
                    new EnglishPossessiveFilter(new IdentifierPositionFilter(source))), STOP_WORDS));
            return exactForms ? stemmed(words) : new PorterStemFilter(new IrregularFormFilter(words));
        });
    }

    // Both the stem and, where it differs, the word as written, at one position: a query word then matches
    // every form of itself, and its own form twice (see ExactFormFilter).
    private static TokenStream stemmed(TokenStream words) {
        return new RemoveDuplicatesTokenFilter(new PorterStemFilter(new IrregularFormFilter(new ExactFormFilter(words))));
    }

    // Code keeps every word (for, in, not, yield are Python) and never stems (items is not item in code).
    private static Analyzer codeIndex() {
        return chain(source -> new LowerCaseFilter(new IdentifierExpansionFilter(source)));
    }

    private static Analyzer codeQuery() {
        return chain(source -> new LowerCaseFilter(new IdentifierPositionFilter(source)));
    }

    private static Analyzer chain(UnaryOperator<TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new CodeAwareTokenizer();
                return new TokenStreamComponents(source, filters.apply(source));
            }

            // Used for wildcard, prefix and fuzzy terms, which are not tokenized: lower-case them only.
            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    private static CharArraySet buildStopWords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        set.addAll(QUESTION_WORDS);
        for (String contraction : CONTRACTIONS) {
            set.add(contraction);
            set.add(contraction.replace('\'', '\u2019'));
        }
        set.addAll(TYPED_CONTRACTIONS);
        set.add("cannot");
        return CharArraySet.unmodifiableSet(set);
    }
}
