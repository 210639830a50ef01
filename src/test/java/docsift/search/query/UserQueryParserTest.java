package docsift.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.search.query.UserQuery.Clause;
import docsift.search.query.UserQuery.Occur;
import docsift.search.query.UserQuery.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserQueryParserTest {
    private static List<Clause> parse(String text) {
        return UserQueryParser.parse(text).clauses();
    }

    @Test
    void wordsPhrasesExclusionsAndPrefixes() {
        assertEquals(List.of(
                new Clause(Type.WORD, "django", Occur.SHOULD),
                new Clause(Type.PHRASE, "custom manager", Occur.SHOULD),
                new Clause(Type.WORD, "signals", Occur.MUST_NOT),
                new Clause(Type.PREFIX, "serial", Occur.SHOULD),
                new Clause(Type.WORD, "orm", Occur.MUST)),
                parse("django \"custom manager\" -signals serial* +orm"));
    }

    @Test
    void orAndPipeAreTheDefaultAndAndRequiresBothSides() {
        assertEquals(List.of(new Clause(Type.WORD, "wsgi", Occur.SHOULD), new Clause(Type.WORD, "asgi", Occur.SHOULD)),
                parse("wsgi OR asgi"));
        assertEquals(parse("wsgi OR asgi"), parse("wsgi | asgi"));
        assertEquals(List.of(new Clause(Type.WORD, "cache", Occur.MUST), new Clause(Type.WORD, "django", Occur.MUST)),
                parse("cache AND django"));
    }

    @Test
    void commandLineOptionsAreWordsNotExclusions() {
        assertEquals(List.of(new Clause(Type.WORD, "pip", Occur.SHOULD), new Clause(Type.WORD, "install", Occur.SHOULD),
                new Clause(Type.WORD, "--upgrade", Occur.SHOULD)), parse("pip install --upgrade"));
        assertEquals(List.of(new Clause(Type.WORD, "install", Occur.SHOULD), new Clause(Type.WORD, "-e", Occur.SHOULD),
                new Clause(Type.WORD, ".", Occur.SHOULD)), parse("install -e ."));
        assertEquals(List.of(new Clause(Type.WORD, "django", Occur.SHOULD), new Clause(Type.WORD, "signals", Occur.MUST_NOT)),
                parse("django -signals"));
    }

    @Test
    void malformedInputDegradesToWords() {
        assertEquals(List.of(new Clause(Type.PHRASE, "unclosed phrase", Occur.SHOULD)), parse("\"unclosed phrase"));
        assertEquals(List.of(new Clause(Type.WORD, "a", Occur.SHOULD), new Clause(Type.WORD, "b", Occur.SHOULD)),
                parse("((a)) [b]"));
        assertEquals(List.of(new Clause(Type.WORD, "*:*", Occur.SHOULD)), parse("*:*"));
        assertEquals(List.of(), parse("  \"\"  OR  "));
        assertEquals(List.of(new Clause(Type.WORD, "-", Occur.SHOULD)), parse("-"));
    }

    @Test
    void identifiersSurviveIntact() {
        assertEquals(List.of(new Clause(Type.WORD, "@app.get", Occur.SHOULD),
                new Clause(Type.PHRASE, "/items/{item_id}", Occur.SHOULD)), parse("@app.get(\"/items/{item_id}\")"));
        assertEquals(new Clause(Type.WORD, "__init__", Occur.SHOULD), parse("__init__").getFirst());
        assertEquals(new Clause(Type.WORD, "Model.objects.select_for_update", Occur.SHOULD),
                parse("Model.objects.select_for_update()").getFirst());
    }

    @Test
    void theLastWordIsOpenUntilASpaceOrAnOperatorCloses() {
        assertTrue(UserQueryParser.parse("django sig").lastWordOpen());
        assertTrue(UserQueryParser.parse("select_for_up").lastWordOpen());
        for (String closed : List.of("django sig ", "django -sig", "django \"sig\"", "django sig*", "", "  ", "a AND")) {
            assertFalse(UserQueryParser.parse(closed).lastWordOpen(), closed);
        }
    }
}
