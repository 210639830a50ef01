package docsift.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Identifiers in the code field are found by the whole name, by sub-chains and by their words. */
class CodeFieldSearchTest {
    private static final String SFU = "select_for_update";
    private static final String ORM = "Model.objects.select_for_update()";
    private static final String CAMEL = "camelCase getUserName";
    private static final String DOTTED = "dotted.module.path";
    private static final String DATACLASS = "@dataclass";
    private static final String ROUTE = "@app.get(\"/items/{item_id}\")";
    private static final String INIT = "def __init__(self):";
    private static final String STR = "def __str__(self):";
    private static final String LOOP = "for item in items: yield item";

    private static TinyIndex index;

    @BeforeAll
    static void build() throws IOException {
        index = new TinyIndex(Fields.CODE, List.of(SFU, ORM, CAMEL, DOTTED, DATACLASS, ROUTE, INIT, STR, LOOP));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static Set<String> terms(String query) throws IOException {
        return index.allTerms(Fields.CODE, query);
    }

    private static Set<String> phrase(String query) throws IOException {
        return index.phrase(Fields.CODE, query);
    }

    @Test
    void underscoreNames() throws IOException {
        assertEquals(Set.of(SFU, ORM), terms("select_for_update"));
        assertEquals(Set.of(SFU, ORM), terms("select for update"));
        assertEquals(Set.of(SFU, ORM), phrase("select for update"));
        assertEquals(Set.of(SFU, ORM), terms("select"));
    }

    @Test
    void dottedChains() throws IOException {
        assertEquals(Set.of(ORM), terms("objects.select_for_update"));
        assertEquals(Set.of(ORM), terms("Model.objects.select_for_update"));
        assertEquals(Set.of(ORM), phrase("objects select"));
        assertEquals(Set.of(DOTTED), terms("dotted.module.path"));
        assertEquals(Set.of(DOTTED), terms("module.path"));
        assertEquals(Set.of(DOTTED), terms("module"));
    }

    @Test
    void camelCase() throws IOException {
        assertEquals(Set.of(CAMEL), terms("getUserName"));
        assertEquals(Set.of(CAMEL), phrase("get user name"));
        assertEquals(Set.of(CAMEL), terms("user"));
        assertEquals(Set.of(CAMEL, ROUTE), terms("get"));
    }

    @Test
    void decorators() throws IOException {
        assertEquals(Set.of(DATACLASS), terms("@dataclass"));
        assertEquals(Set.of(DATACLASS), terms("dataclass"));
        assertEquals(Set.of(ROUTE), terms("@app.get"));
        assertEquals(Set.of(ROUTE), terms("app.get"));
        assertEquals(Set.of(ROUTE), terms("item_id"));
    }

    @Test
    void dunderMethods() throws IOException {
        assertEquals(Set.of(INIT), terms("__init__"));
        assertEquals(Set.of(INIT), terms("init"));
        assertEquals(Set.of(STR), terms("__str__"));
    }

    @Test
    void keepsPythonKeywordsAndDoesNotStem() throws IOException {
        assertEquals(Set.of(LOOP), phrase("for item in items"));
        assertEquals(Set.of(LOOP), terms("yield"));
        assertEquals(Set.of(LOOP, ROUTE), terms("items"));
    }
}
