package docsift.corpus;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import docsift.markdown.Article;
import docsift.markdown.ArticleRenderer;
import docsift.markdown.Hashes;
import docsift.markdown.MarkdownException;
import docsift.markdown.MarkdownParser;
import java.util.List;
import java.util.Optional;

/**
 * Renders corpus articles to HTML pages, from the file as it is now with its includes expanded, with the same
 * anchors the index uses.
 * Pages are cached by content hash, so a page is rendered once per version, in a cache bounded by the size
 * of the pages it holds. Rendering is bounded too: an article nested deeper than {@link #MAX_NESTING} levels
 * or longer than {@link #MAX_RENDERED_CHARS}, or one the renderer cannot take, is shown as its plain text
 * with a note saying why, never as an error. Thread-safe.
 */
public final class ArticlePages implements ArticleSource {
    /**
     * Deepest nesting of quotes and lists rendered as such. flexmark renders nesting recursively: a few
     * thousand levels exhaust a request thread's stack, and no real article nests beyond a dozen.
     */
    static final int MAX_NESTING = 64;
    /** Longest source rendered as Markdown; larger files (up to the reader's 8 MiB) are shown as text. */
    static final int MAX_RENDERED_CHARS = 4 * 1024 * 1024;
    /**
     * Characters of rendered pages kept (about 32-64 MB of heap): crawling all 14,723 pages of the
     * CockroachDB docs kept 197 MB live in the unbounded map this replaced.
     */
    static final long MAX_CACHED_CHARS = 32L * 1024 * 1024;

    private final CorpusReader reader;
    private final PageTexts pages;
    private final MarkdownParser parser;
    private final ArticleRenderer renderer;
    /** Article id to its last rendered version; a stale entry is replaced when the hash differs. */
    private final Cache<String, Cached> cache;

    private record Cached(String hash, RenderedArticle page) {
        int weight() {
            return page.html().length() + page.toc().size() * 64;
        }
    }

    public ArticlePages(CorpusReader reader, MarkdownParser parser, ArticleRenderer renderer) {
        this(reader, parser, renderer, MAX_CACHED_CHARS);
    }

    /** Pages whose cache keeps at most {@code maxCachedChars} characters of pages. */
    ArticlePages(CorpusReader reader, MarkdownParser parser, ArticleRenderer renderer, long maxCachedChars) {
        this.reader = reader;
        this.pages = new PageTexts(reader);
        this.parser = parser;
        this.renderer = renderer;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxCachedChars)
                .weigher((String id, Cached cached) -> cached.weight())
                .build();
    }

    /** Characters of pages the cache holds now. */
    long cachedChars() {
        cache.cleanUp();
        return cache.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    /**
     * The rendered article, or empty when no such article exists in the corpus.
     *
     * @throws CorpusFileException when the file exists but cannot be read as an article
     */
    @Override
    public Optional<RenderedArticle> render(String id) {
        CorpusFile file = reader.forId(id);
        if (file == null || !reader.isArticle(file)) {
            return Optional.empty();
        }
        // With its includes, as the index has it: the lines of code hits and the page agree.
        String source = pages.read(file).text();
        String hash = Hashes.sha256Hex(source);
        Cached cached = cache.getIfPresent(id);
        if (cached == null || !cached.hash().equals(hash)) {
            cached = new Cached(hash, render(id, source));
            cache.put(id, cached);
        }
        return Optional.of(cached.page());
    }

    /** One section's Markdown as HTML, for the section API; as text when too deep for the renderer. */
    @Override
    public String renderSection(String markdown) {
        if (nesting(markdown) > MAX_NESTING || markdown.length() > MAX_RENDERED_CHARS) {
            return asText(markdown);
        }
        try {
            return renderer.renderSection(markdown);
        } catch (MarkdownException e) {
            return asText(markdown);
        }
    }

    private RenderedArticle render(String id, String source) {
        if (nesting(source) > MAX_NESTING) {
            return plain(id, source, "nests quotes or lists more than " + MAX_NESTING + " levels deep");
        }
        if (source.length() > MAX_RENDERED_CHARS) {
            return plain(id, source, "is longer than " + MAX_RENDERED_CHARS / (1024 * 1024) + " MiB");
        }
        try {
            Article article = parser.parse(id, source);
            var toc = article.sections().stream().filter(s -> !s.isLead())
                    .map(s -> new RenderedArticle.TocItem(s.level(), s.heading(), s.anchor())).toList();
            return new RenderedArticle(id, article.title(), renderer.renderArticle(source), toc);
        } catch (MarkdownException e) {
            return plain(id, source, "cannot be formatted (" + e.getMessage() + ")");
        }
    }

    /** The article as its text, with a note saying why it is not formatted. */
    private RenderedArticle plain(String id, String source, String why) {
        String note = renderer.renderSection("*This article " + why.replaceAll("[*_`\\[\\]<>\\\\]", "")
                + ", so it is shown as plain text.*");
        return new RenderedArticle(id, id, note + asText(source), List.of());
    }

    /** Text as an escaped code block: a fence longer than any run of backticks in it cannot be closed early. */
    private String asText(String text) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
        return renderer.renderSection(fence + "text\n" + text + "\n" + fence + "\n");
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /**
     * How deeply a line nests blocks, at most, estimated without parsing: the quote and list markers before
     * its text (a line's indentation alone opens no block). Generous: only absurd files reach the limit.
     */
    static int nesting(String source) {
        int deepest = 0;
        int depth = 0;
        boolean inPrefix = true;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n') {
                depth = 0;
                inPrefix = true;
            } else if (inPrefix && (c == '>' || isListMarker(source, i))) {
                deepest = Math.max(deepest, ++depth);
            } else if (inPrefix) {
                inPrefix = c == ' ' || c == '\t';
            }
        }
        return deepest;
    }

    private static boolean isListMarker(String source, int i) {
        char c = source.charAt(i);
        return (c == '-' || c == '*' || c == '+') && i + 1 < source.length() && source.charAt(i + 1) == ' ';
    }
}
