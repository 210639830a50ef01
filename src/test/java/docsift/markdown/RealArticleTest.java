package docsift.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Behaviour of {@link MarkdownParser} and {@link ArticleRenderer} on the real article in corpus/. */
class RealArticleTest {

    private static final Path ARTICLE = Path.of("corpus/advanced-topics.md");

    /** Where the article's TOC generator drops underscores but GitHub (and we) keep them. */
    private static final Map<String, String> TOC_DIFFERS_FROM_GITHUB = Map.of(
            "prefetchrelated-and-selectrelated-in-django", "prefetch_related-and-select_related-in-django",
            "selectforupdate-in-django", "select_for_update-in-django");

    private static String source;
    private static Article article;

    @BeforeAll
    static void parse() throws IOException {
        source = Files.readString(ARTICLE);
        article = new MarkdownParser().parse("advanced-topics.md", source);
    }

    private static Section section(String heading) {
        return article.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow();
    }

    @Test
    void oneSectionPerHeadingOutsideCodeFences() {
        assertEquals(96, headingLinesOutsideFences(source).size());
        assertEquals(headingLinesOutsideFences(source).size(), article.sections().size());
        assertFalse(article.sections().stream().anyMatch(s -> s.heading().startsWith("Creating an instance of")));
        assertFalse(article.sections().get(0).isLead(), "the image-only lead has no content");
    }

    @Test
    void titleComesFromTheFileNameBecauseTheArticleHasNoH1() {
        assertEquals("advanced topics", article.title());
    }

    @Test
    void anchorsMatchTheArticlesOwnTableOfContents() {
        Map<String, String> toc = tocEntries(source);
        assertEquals(95, toc.size(), "every heading but \"Real-World Use Cases of Asynchronous File Uploads:\"");
        List<String> anchors = article.sections().stream().map(Section::anchor).toList();
        toc.forEach((text, tocAnchor) -> {
            String expected = TOC_DIFFERS_FROM_GITHUB.getOrDefault(tocAnchor, tocAnchor);
            assertEquals(expected, section(text).anchor(), text);
        });
        assertEquals(anchors.size(), anchors.stream().distinct().count(), "anchors are unique");
    }

    @Test
    void tableOfContentsIsNotProse() {
        Section introduction = section("Introduction");
        assertTrue(introduction.prose().startsWith("In this research"));
        assertTrue(introduction.prose().endsWith("Fatemeh Pasandideh"));
        assertTrue(introduction.useCases().isEmpty());
    }

    @Test
    void breadcrumbsAndTopics() {
        Section inheritance = section("Inheritance");
        assertEquals(List.of("Python related topics:", "object-oriented programming (OOP)"), inheritance.breadcrumb());
        assertEquals("Python related topics", inheritance.topic());
        assertEquals("Django related topics", section("Django related topics:").topic());
        assertEquals(4, section("Real-World Use Cases of websocket:").level());
    }

    @Test
    void djangoSignalsUseCases() {
        assertEquals(List.of("User Authentication", "Database Changes", "Signals for Models", "File Uploads",
                        "Notification Systems", "Django Middleware",
                        "Internationalization (i18n) and Localization (l10n)"),
                titles(section("Django signals")));
        UseCase first = section("Django signals").useCases().get(0);
        assertTrue(first.text().startsWith("User Authentication: Use signals to perform custom actions"));
        assertFalse(section("Django signals").prose().contains("[X]"));
    }

    @Test
    void websocketUseCases() {
        assertEquals(List.of("Real-Time Chat Applications", "Live Updates and Notifications",
                        "Real-Time Monitoring and Dashboards", "Financial Trading Platforms",
                        "Job Processing and Notifications"),
                titles(section("Real-World Use Cases of websocket:")));
    }

    @Test
    void dependencyInjectionUseCases() {
        Section useCases = section("use cases");
        assertEquals(List.of("FastAPI related topics:", "Dependency Injection in FastAPI"), useCases.breadcrumb());
        assertEquals(List.of("Authentication", "Database Connections", "Configuration Settings", "Logging",
                "Caching", "Request Validation", "Authorization", "Rate Limiting"), titles(useCases));
    }

    @Test
    void djangoTemplateTagsAreProseBecauseTheArticleIsNoJekyllPage() {
        assertTrue(section("Django custom template tags").prose()
                .contains("Template tags like {% csrf_token %} are used for including CSRF tokens"));
    }

    @Test
    void codeBlocksKeepInfoAndLines() {
        CodeBlock first = section("Decorators").codeBlocks().get(2);
        assertEquals("angular2html", first.language());
        assertEquals(294, first.startLine());
        assertTrue(section("More decorators in Python").codeBlocks().stream()
                .anyMatch(c -> c.text().contains("# Creating an instance of Circle")));
    }

    @Test
    void renderedHeadingIdsEqualParsedAnchors() {
        String html = new ArticleRenderer().renderArticle(source);
        List<String> ids = new ArrayList<>();
        Matcher matcher = Pattern.compile("<h[1-6] id=\"([^\"]*)\"").matcher(html);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        assertEquals(article.sections().stream().map(Section::anchor).toList(), ids);
        assertFalse(html.contains("<!-- TOC"));
    }

    @Test
    void oneParserServesConcurrentCalls() {
        MarkdownParser shared = new MarkdownParser();
        List<Article> results = java.util.stream.IntStream.range(0, 16).parallel()
                .mapToObj(i -> shared.parse("advanced-topics.md", source)).toList();
        results.forEach(result -> assertEquals(article, result));
    }

    private static List<String> titles(Section section) {
        return section.useCases().stream().map(UseCase::title).toList();
    }

    /** Test oracle: ATX heading lines, skipping ``` and ~~~ fenced blocks. */
    private static List<String> headingLinesOutsideFences(String markdown) {
        List<String> headings = new ArrayList<>();
        String fence = null;
        for (String line : markdown.split("\n", -1)) {
            String trimmed = line.strip();
            if (fence == null && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                fence = trimmed.substring(0, 3);
            } else if (fence != null && trimmed.startsWith(fence) && trimmed.replace(fence.charAt(0), ' ').isBlank()) {
                fence = null;
            } else if (fence == null && line.matches(" {0,3}#{1,6}(\\s.*)?")) {
                headings.add(line);
            }
        }
        return headings;
    }

    /** The `[text](#anchor)` links between the article's TOC markers, in order. */
    private static Map<String, String> tocEntries(String markdown) {
        String toc = markdown.split("<!-- TOC -->", 3)[1];
        Map<String, String> entries = new LinkedHashMap<>();
        Matcher link = Pattern.compile("\\[([^\\]]+)\\]\\(#([^)]+)\\)").matcher(toc);
        while (link.find()) {
            entries.put(link.group(1), link.group(2));
        }
        return entries;
    }
}
