package docsift.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SluggerTest {

    private static List<String> slugs(String... headings) {
        Slugger slugger = new Slugger();
        return Stream.of(headings).map(slugger::slug).toList();
    }

    @Test
    void followsGitHubRules() {
        assertEquals(List.of(
                        "python-related-topics",
                        "object-oriented-programming-oop",
                        "python-311-over-previous-versions",
                        "djangos-query-api",
                        "prefetch_related-and-select_related-in-django",
                        "wsgi-web-server-gateway-interface",
                        "café--crème"),
                slugs("Python related topics:",
                        "object-oriented programming (OOP)",
                        "Python 3.11 over previous versions",
                        "Django's Query API",
                        "prefetch_related and select_related in Django",
                        "WSGI (Web Server Gateway Interface):",
                        "Café & Crème"));
    }

    @Test
    void duplicatesGetNumberedSuffixes() {
        assertEquals(List.of("use-cases", "use-cases-1", "use-cases-2"), slugs("use cases", "Use Cases", "use cases"));
    }

    @Test
    void suffixSkipsAnchorsTakenByRealHeadings() {
        // GitHub: "a", then a heading literally "a-1", then "a" again must not reuse "a-1".
        assertEquals(List.of("a", "a-1", "a-2"), slugs("a", "a-1", "a"));
    }

    @Test
    void headingWithoutSluggableCharactersStillGetsAnAnchor() {
        assertEquals(List.of("section", "section-1"), slugs("???", "!!!"));
    }
}
