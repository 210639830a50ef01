package docsift.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** Exact output of the index chains, where the expansion happens. */
class IdentifierExpansionFilterTest {
    private static final Analyzer INDEX = Analyzers.newIndexAnalyzer();

    private static List<String> code(String text) {
        return Tokens.detailed(INDEX, Fields.CODE, text);
    }

    private static List<String> english(String text) {
        return Tokens.detailed(INDEX, Fields.PROSE, text);
    }

    @Test
    void expandsDottedChainsAndUnderscoreParts() {
        assertEquals(List.of(
                "model.objects.select_for_update/1/0/31", "model.objects/0/0/13", "model/0/0/5",
                "objects.select_for_update/1/6/31", "objects/0/6/13",
                "select_for_update/1/14/31", "select/0/14/20", "for/1/21/24", "update/1/25/31"),
                code("Model.objects.select_for_update()"));
    }

    @Test
    void splitsCamelCaseAcronymsAndDigits() {
        assertEquals(List.of("getusername/1/0/11", "get/0/0/3", "user/1/3/7", "name/1/7/11"), code("getUserName"));
        assertEquals(List.of(
                "gethttpresponse2/1/0/16", "get/0/0/3", "http/1/3/7", "response/1/7/15", "2/1/15/16"),
                code("getHTTPResponse2"));
    }

    @Test
    void addsTheFormWithoutAtAndTheDunderCore() {
        assertEquals(List.of("@app.get/1/0/8", "app.get/0/1/8", "app/0/1/4", "get/1/5/8"), code("@app.get"));
        assertEquals(List.of("@dataclass/1/0/10", "dataclass/0/1/10"), code("@dataclass"));
        assertEquals(List.of("__init__/1/0/8", "init/0/2/6"), code("__init__"));
    }

    @Test
    void capsSubChainsAtSixComponents() {
        List<String> terms = Tokens.terms(INDEX, Fields.CODE, "a.b.c.d.e.f.g");
        assertEquals("a.b.c.d.e.f.g", terms.get(0));
        assertTrue(terms.contains("a.b.c.d.e.f"));
        assertTrue(terms.contains("b.c.d.e.f.g"));
        assertFalse(terms.stream().anyMatch(t -> t.length() > 11 && !t.equals("a.b.c.d.e.f.g")));
    }

    @Test
    void leavesPlainWordsAlone() {
        assertEquals(List.of("django/1/0/6", "orm/1/7/10"), code("Django ORM"));
    }

    @Test
    void englishKeepsIdentifiersUnstemmedAndShiftsPartsOverRemovedStopWords() {
        // "for" is a stop word: "update" moves two positions, so the phrase "select for update" still fits.
        // Plain words keep their form as written beside the stem, at the same position; identifiers stay whole.
        assertEquals(List.of("select_for_update/1/0/17", "select/0/0/6", "update/2/11/17", "updat/0/11/17"),
                english("select_for_update"));
        assertEquals(List.of("objects.all/1/0/11", "objects/0/0/7", "object/0/0/7", "all/1/8/11"),
                english("objects.all"));
    }

    @Test
    void englishStacksSurviveAStopWordAsFirstPart() {
        // "the" (removed) shares its position with the stacked whole token, so nothing shifts.
        assertEquals(List.of("the_order/1/0/9", "order/1/4/9"), english("the_order"));
    }
}
