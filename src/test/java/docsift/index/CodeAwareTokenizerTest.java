package docsift.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class CodeAwareTokenizerTest {
    private static final Analyzer TOKENIZER_ONLY = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new CodeAwareTokenizer());
        }
    };

    private static List<String> tokens(String text) {
        return Tokens.detailed(TOKENIZER_ONLY, "f", text);
    }

    @Test
    void keepsDottedNamesWholeButNotTheSentenceDot() {
        assertEquals(List.of("Use/1/0/3", "Model.objects.select_for_update/1/4/35", "here/1/38/42"),
                tokens("Use Model.objects.select_for_update() here."));
        assertEquals(List.of("e.g/1/0/3", "foo/1/5/8"), tokens("e.g. foo"));
        assertEquals(List.of("a/1/0/1", "b/1/3/4"), tokens("a..b"));
    }

    @Test
    void keepsLeadingAtOfDecoratorsOnly() {
        assertEquals(List.of("@dataclass/1/0/10", "class/1/11/16", "A/1/17/18"), tokens("@dataclass\nclass A:"));
        assertEquals(List.of("@app.get/1/0/8", "items/1/11/16", "item_id/1/18/25"),
                tokens("@app.get(\"/items/{item_id}\")"));
        assertEquals(List.of("user/1/0/4", "example.com/1/5/16"), tokens("user@example.com"));
        assertEquals(List.of("a/1/0/1", "b/1/4/5"), tokens("a @ b"));
        assertEquals(List.of("x/1/0/1", "y/1/6/7"), tokens("x @ @-y"), "'@' must be followed by a word char");
    }

    @Test
    void keepsDunderNames() {
        assertEquals(List.of("def/1/0/3", "__init__/1/4/12", "self/1/13/17"), tokens("def __init__(self):"));
        assertEquals(List.of("self.__class__.__name__/1/0/23"), tokens("self.__class__.__name__"));
    }

    @Test
    void joinsApostrophesInsideWordsOnly() {
        assertEquals(List.of("Django's/1/0/8", "quoted/1/10/16", "don\u2019t/1/18/23"),
                tokens("Django's 'quoted' don\u2019t"));
        assertEquals(List.of("a/1/2/3", "b/1/6/7"), tokens("['a','b']"));
    }

    @Test
    void punctuationSeparates() {
        assertEquals(List.of("x/1/0/1", "f/1/4/5", "a/1/6/7", "b/1/9/10", "c/1/12/13", "d/1/14/15", "e/1/16/17"),
                tokens("x = f(a, b)/c-d:e"));
    }

    @Test
    void handlesUnicodeWordsAndSkipsEmoji() {
        assertEquals(List.of("Привет/1/0/6", "你好/1/7/9", "שלום/1/10/14", "مرحبا/1/15/20"),
                tokens("Привет 你好 שלום مرحبا"));
        assertEquals(List.of("cafe\u0301/1/0/5", "हिन्दी/1/6/12"), tokens("cafe\u0301 हिन्दी"),
                "combining marks continue a word");
        assertEquals(List.of("a/1/0/1", "b/1/3/4", "python/1/7/13"), tokens("a\uD83D\uDE00b \uD83D\uDC0Dpython"));
    }

    @Test
    void splitsOverlongRunsWithoutEndingOnADot() {
        String a255 = "a".repeat(CodeAwareTokenizer.MAX_TOKEN_LENGTH);
        assertEquals(List.of(a255 + "/1/0/255", "aaaaa/1/255/260"), tokens(a255 + "aaaaa"));
        String a254 = "a".repeat(254);
        assertEquals(List.of(a254 + "/1/0/254", "b/1/255/256"), tokens(a254 + ".b"));
    }
}
