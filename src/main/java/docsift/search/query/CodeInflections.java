package docsift.search.query;

import docsift.index.Fields;
import docsift.index.IrregularFormFilter;
import docsift.search.view.ViewMemo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The other forms of a typed word that code uses, for marking in code snippets only. Prose is stemmed, so
 * "validators" already marks "validator" there; code is not (an identifier is exact), so a code excerpt for
 * "validators" showed {@code from pydantic import BaseModel, validator} with nothing marked, and a section
 * whose code said {@code @decorator} showed no code at all for "decorators". Ranking does not use these
 * forms: matching code by inflection was measured and lost more than it won (relevance README, round 7).
 * Thread-safe; the forms of each word are remembered per index view.
 */
public final class CodeInflections {
    /** Forms looked up per word: the candidates are over-generated, most are not words. */
    private static final int MAX_FORMS_PER_WORD = 4;
    private static final int MIN_BASE_LENGTH = 3;

    /** The prose field's query analysis without the forms as written: a word's one token is its stem. */
    private final Analyzer stemmer;

    /** Per index view, the code forms of a typed word: up to a dozen dictionary look-ups each. */
    private final ViewMemo<String, List<String>> memo = new ViewMemo<>(10_000);

    CodeInflections(Analyzer stemmer) {
        this.stemmer = stemmer;
    }

    /**
     * A query for the code terms that are other forms of the plain words among {@code words} (same stem,
     * different spelling), or null when code has none.
     */
    Query of(List<String> words, IndexReader reader) throws IOException {
        BooleanQuery.Builder forms = new BooleanQuery.Builder();
        boolean any = false;
        for (String typed : words) {
            String word = typed.toLowerCase(Locale.ROOT);
            if (word.length() < MIN_BASE_LENGTH || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                continue;
            }
            for (String form : memo.get(reader, word, w -> codeForms(w, reader))) {
                forms.add(new TermQuery(new Term(Fields.CODE, form)), BooleanClause.Occur.SHOULD);
                any = true;
            }
        }
        return any ? forms.build() : null;
    }

    /** The other forms of {@code word} (lower case, letters only) that the code field has, at most a few. */
    private List<String> codeForms(String word, IndexReader reader) throws IOException {
        String stem = stem(word);
        List<String> forms = new ArrayList<>();
        for (String form : candidates(word)) {
            if (forms.size() < MAX_FORMS_PER_WORD && !form.equals(word) && stem.equals(stem(form))
                    && reader.docFreq(new Term(Fields.CODE, form)) > 0) {
                forms.add(form);
            }
        }
        return List.copyOf(forms);
    }

    /** Forms that may share a base with {@code word}: its possible bases and their regular inflections. */
    public static Set<String> candidates(String word) {
        Set<String> bases = new LinkedHashSet<>();
        bases.add(word);
        String irregular = IrregularFormFilter.baseOf(word);
        if (irregular != null) {
            bases.add(irregular);
        }
        strip(word, "ies", "y", bases);
        strip(word, "ied", "y", bases);
        strip(word, "es", "", bases);
        if (!word.endsWith("ss")) {
            strip(word, "s", "", bases);
        }
        strip(word, "ed", "", bases);
        strip(word, "ed", "e", bases);
        strip(word, "ing", "", bases);
        strip(word, "ing", "e", bases);
        for (String ending : List.of("ed", "ing")) {
            // A doubled final consonant: "mapped", "mapping" -> "map".
            int cut = word.length() - ending.length();
            if (word.endsWith(ending) && cut > MIN_BASE_LENGTH && word.charAt(cut - 1) == word.charAt(cut - 2)) {
                bases.add(word.substring(0, cut - 1));
            }
        }
        Set<String> forms = new LinkedHashSet<>();
        for (String base : bases) {
            forms.addAll(Synonyms.inflections(base));
        }
        return forms;
    }

    private static void strip(String word, String ending, String replacement, Set<String> bases) {
        if (word.endsWith(ending) && word.length() - ending.length() + replacement.length() >= MIN_BASE_LENGTH) {
            bases.add(word.substring(0, word.length() - ending.length()) + replacement);
        }
    }

    private String stem(String word) {
        try (TokenStream stream = stemmer.tokenStream(Fields.PROSE, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String stem = stream.incrementToken() ? term.toString() : word;
            stream.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException("stemming " + word, e); // analysing a string in memory
        }
    }
}
