package docsift.markdown.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import docsift.markdown.site.LiquidTokens.Span;
import docsift.markdown.site.LiquidTokens.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the scan finds tags and outputs: between verbatim spans, never inside one, whatever ends the text. */
class LiquidTokensTest {

    private static List<String> found(String text, List<Span> verbatim) {
        return LiquidTokens.of(text, verbatim).stream()
                .map(token -> text.substring(token.start(), token.end()))
                .toList();
    }

    @Test
    void tokensBetweenVerbatimSpansAreFoundAndThoseInsideAreNot() {
        String text = "{% a %} `{{ b }}` {{ c }} `{% d %}` `x` `y` {% e %}";
        List<Span> code = List.of(new Span(8, 17), new Span(26, 35), new Span(36, 39), new Span(40, 43));
        assertEquals(List.of("{% a %}", "{{ c }}", "{% e %}"), found(text, code));
    }

    @Test
    void aTokenOverlappingAVerbatimSpanStaysText() {
        String text = "{{ a `b }}` {{ c }}";
        assertEquals(List.of("{{ c }}"), found(text, List.of(new Span(5, 11))));
    }

    @Test
    void braceAtTheEndOrUnterminatedMarkupIsNoToken() {
        assertEquals(List.of(), found("text {", List.of()));
        assertEquals(List.of(), found("{{ open and {% never closed", List.of()));
        assertEquals(List.of(), found("no braces here", List.of(new Span(0, 2))));
        assertEquals(List.of("{{x}}"), found("{ {{x}}", List.of()));
    }

    @Test
    void namesAndArgumentsOfTags() {
        Token tag = LiquidTokens.of("{%- include_cached copy-clipboard.html -%}", List.of()).getFirst();
        assertEquals("include_cached", tag.name());
        assertEquals("copy-clipboard.html", tag.argument());
    }
}
