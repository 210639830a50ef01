package docsift.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** English fields stem, drop question words, and still match identifiers whole or by their words. */
class EnglishFieldSearchTest {
    private static final String PLURAL = "Class decorators wrap a class.";
    private static final String SINGULAR = "A decorator wraps a function.";
    private static final String POSSESSIVE = "Django's ORM maps tables to classes.";
    private static final String HEADING = "prefetch_related and select_related";
    private static final String SIGNALS = "Signals notify decoupled applications.";
    private static final String LOCKING = "Lock rows with Model.objects.select_for_update() inside a transaction.";
    private static final String ENUMERATE = "enumerate() yields tuples of indices and values.";
    private static final String OVERRIDING = "Polymorphism comes from method overriding.";
    private static final String WRITTEN_ID = "Call overridden_by(obj) to find it.";

    private static TinyIndex index;

    @BeforeAll
    static void build() throws IOException {
        index = new TinyIndex(Fields.PROSE, List.of(PLURAL, SINGULAR, POSSESSIVE, HEADING, SIGNALS, LOCKING,
                ENUMERATE, OVERRIDING, WRITTEN_ID));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static Set<String> terms(String query) throws IOException {
        return index.allTerms(Fields.PROSE, query);
    }

    private static Set<String> phrase(String query) throws IOException {
        return index.phrase(Fields.PROSE, query);
    }

    @Test
    void stemsBothWays() throws IOException {
        assertEquals(Set.of(PLURAL, SINGULAR), terms("decorator"));
        assertEquals(Set.of(PLURAL, SINGULAR), terms("decorators"));
    }

    @Test
    void bringsIrregularFormsToTheirBaseWord() throws IOException {
        assertEquals(Set.of(ENUMERATE), terms("index"));
        assertEquals(Set.of(ENUMERATE), terms("indices"));
        // "overridden" becomes "override", stemmed like "overriding", also as a word of an identifier; the
        // identifier itself stays whole.
        assertEquals(Set.of(OVERRIDING, WRITTEN_ID), terms("overridden"));
        assertEquals(Set.of(OVERRIDING, WRITTEN_ID), terms("override"));
        assertEquals(Set.of(WRITTEN_ID), terms("overridden_by"));
    }

    @Test
    void dropsPossessive() throws IOException {
        assertEquals(Set.of(POSSESSIVE), terms("django"));
        assertEquals(Set.of(POSSESSIVE), terms("Django's"));
    }

    @Test
    void findsIdentifiersWholeAndByWords() throws IOException {
        assertEquals(Set.of(HEADING), terms("prefetch related"));
        assertEquals(Set.of(HEADING), phrase("prefetch related"));
        assertEquals(Set.of(HEADING), terms("prefetch_related"));
        assertEquals(Set.of(LOCKING), terms("objects.select_for_update"));
    }

    @Test
    void phraseSpansAStopWordRemovedFromAnIdentifier() throws IOException {
        // Index side: select@0 update@2 ("for" removed); query side: the same gap, via QueryBuilder.
        assertEquals(Set.of(LOCKING), phrase("select for update"));
        assertEquals(Set.of(LOCKING), phrase("objects select for update"));
    }

    @Test
    void naturalQuestionKeepsOnlyItsSubject() throws IOException {
        assertEquals(List.of("signals", "signal"),
                Tokens.terms(Analyzers.newQueryAnalyzer(), Fields.PROSE, "how do I use signals"));
        assertEquals(Set.of(SIGNALS), terms("how do I use signals"));
    }
}
