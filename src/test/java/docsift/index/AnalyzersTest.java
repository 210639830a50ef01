package docsift.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;

/** Which chain each field gets, and what the stop list holds. */
class AnalyzersTest {
    private static final Analyzer INDEX = Analyzers.newIndexAnalyzer();
    private static final Analyzer QUERY = Analyzers.newQueryAnalyzer();

    @Test
    void stopWordsDropQuestionWordsButKeepSearchableVerbs() {
        CharArraySet stop = Analyzers.stopWords();
        for (String word : List.of("the", "how", "what", "do", "i", "use", "difference", "vs", "example", "works")) {
            assertTrue(stop.contains(word), word);
        }
        for (String word : List.of("get", "post", "put", "delete", "set", "list", "map", "filter", "all", "any")) {
            assertFalse(stop.contains(word), word);
        }
        assertThrows(UnsupportedOperationException.class, () -> stop.add("signal"));
    }

    @Test
    void contractionsOfStopWordsAreStopWordsInProseButStayInCode() {
        // "don't" was a rare term of its own: it pulled "why don't threads use all cores" to any section that
        // says "don't", whatever its topic.
        for (String question : List.of("why don't threads use all cores", "why don\u2019t threads use all cores",
                "why doesn't it's threads cannot use all cores", "why dont threads use all cores",
                "why doesnt threads use all cores")) {
            assertEquals(List.of("threads", "thread", "all", "cores", "core"), Tokens.terms(QUERY, Fields.PROSE, question),
                    question);
        }
        assertEquals(List.of("don't", "raise"), Tokens.terms(QUERY, Fields.CODE, "don't raise"));
    }

    @Test
    void fillerWordsAreStopWords() {
        assertEquals(List.of("reload", "object", "after", "changed", "chang", "row"),
                Tokens.terms(QUERY, Fields.PROSE, "reload an object after someone else really changed its row"));
        assertEquals(List.of("page", "user", "views", "view"), Tokens.terms(QUERY, Fields.PROSE, "each page every user both views"));
        assertEquals(List.of("else"), Tokens.terms(QUERY, Fields.CODE, "else"));
    }

    @Test
    void everyEnglishFieldStemsAndEveryCodeFieldDoesNot() {
        for (String field : Fields.ENGLISH_FIELDS) {
            // The form as written stays beside its stem; a word that is its own stem appears once.
            assertEquals(List.of("decorators", "decor", "model"),
                    Tokens.terms(INDEX, field, "the decorators model"), field);
            assertEquals(List.of("decorators", "decor", "model"),
                    Tokens.terms(QUERY, field, "the decorators model"), field);
            assertEquals(List.of("decor", "model"),
                    Tokens.terms(Analyzers.newQueryAnalyzer(false), field, "the decorators model"), field);
        }
        for (String field : Fields.CODE_FIELDS) {
            assertEquals(List.of("the", "decorators"), Tokens.terms(INDEX, field, "the decorators"), field);
            assertEquals(List.of("the", "decorators"), Tokens.terms(QUERY, field, "the decorators"), field);
        }
    }

    @Test
    void queryChainsDoNotExpandIdentifiers() {
        assertEquals(List.of("model.objects.select_for_update/1/0/31"),
                Tokens.detailed(QUERY, Fields.PROSE, "Model.objects.select_for_update"));
        assertEquals(List.of("for", "x", "in", "items"), Tokens.terms(QUERY, Fields.CODE, "For x IN items"));
        // Same stem on both sides for a camelCase whole token, which neither side marks as a keyword.
        assertEquals(Tokens.terms(QUERY, Fields.PROSE, "getUserName").get(0),
                Tokens.terms(INDEX, Fields.PROSE, "getUserName").get(0));
    }

    @Test
    void otherFieldsAreSingleExactTerms() {
        String id = "docs/Advanced Topics.md#django-signals";
        assertEquals(List.of(id), Tokens.terms(INDEX, Fields.ID, id));
        assertEquals(List.of(id), Tokens.terms(QUERY, Fields.ID, id));
    }

    @Test
    void baselineIsPlainStandardAnalyzer() {
        assertInstanceOf(StandardAnalyzer.class, Analyzers.newBaselineAnalyzer());
    }
}
