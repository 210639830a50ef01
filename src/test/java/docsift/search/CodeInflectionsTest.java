package docsift.search;

import docsift.search.query.CodeInflections;
import docsift.search.rank.RankingFeatures;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Code snippets mark the forms of a typed word that the code uses: code is not stemmed, prose is. */
class CodeInflectionsTest {
    @RegisterExtension
    static final SearchFixture index = SearchFixture.ofMarkdown("code.md", """
            ## Field validation

            Pydantic models check their fields with validators.

            ```python
            from pydantic import BaseModel, validator

            class User(BaseModel):
                name: str

                @validator("name")
                def name_is_set(cls, value):
                    return value
            ```

            ## Text handling

            Strings are converted from numbers like this:

            ```python
            text = str(42)
            ```
            """);

    private static Hit first(String q) throws IOException {
        return index.hits(RankingFeatures.ALL, q).getFirst();
    }

    @Test
    void aPluralMarksTheSingularInCode() throws IOException {
        Hit hit = first("validators");
        assertEquals("Field validation", hit.heading());
        assertNotNull(hit.code(), "a code excerpt");
        assertTrue(hit.code().contains("<mark>validator</mark>"), hit.code());
    }

    @Test
    void aWordWithAnotherStemMarksNothingInCode() throws IOException {
        // "str" is what "string" looks like without its ending, but not the same word.
        Hit hit = first("string");
        assertEquals("Text handling", hit.heading());
        assertTrue(hit.code() == null || !hit.code().contains("<mark>"), String.valueOf(hit.code()));
    }

    @Test
    void candidatesUndoRegularEndings() {
        assertTrue(CodeInflections.candidates("mapping").contains("map"));
        assertTrue(CodeInflections.candidates("caching").contains("cache"));
        assertTrue(CodeInflections.candidates("classes").contains("class"));
        assertTrue(CodeInflections.candidates("queries").contains("query"));
        assertTrue(CodeInflections.candidates("filter").contains("filters"));
        assertFalse(CodeInflections.candidates("class").contains("clas"), "a double s is not a plural");
        assertTrue(List.copyOf(CodeInflections.candidates("x")).contains("x"));
    }
}
