package docsift.search;

import docsift.index.Analyzers;
import docsift.index.Fields.Kind;
import docsift.index.Fields;
import docsift.links.SiteLinks;
import docsift.search.collapse.CollapseKeys;
import docsift.search.collapse.Collapsed;
import docsift.search.collapse.CollapsingCollectorManager;
import docsift.search.collapse.CopiesOnce;
import docsift.search.collapse.PageGroups;
import docsift.search.collapse.VersionFilter;
import docsift.search.collapse.VersionFolders;
import docsift.search.collapse.VersionLinks;
import docsift.search.facet.FacetNames;
import docsift.search.facet.FacetedCollectorManager;
import docsift.search.highlight.Snippets;
import docsift.search.query.BuiltQuery;
import docsift.search.query.QueryFactory;
import docsift.search.query.UserQuery;
import docsift.search.query.UserQueryParser;
import docsift.search.rank.RankingFeature;
import docsift.search.rank.RankingFeatures;
import docsift.search.rank.Rescorer;
import docsift.search.spell.Suggester;
import docsift.search.view.Deadline;
import docsift.search.view.Searchers;
import docsift.search.view.ViewMemo;
import docsift.settings.SiteSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Answers {@link SearchRequest}s: parses the query, ranks sections (or code blocks, or use cases), counts
 * facets, highlights excerpts and suggests spelling corrections, all on one shared searcher per request.
 * Owns its analyzers and closes them on {@link #close()}; the shared {@link Searchers} belong to the caller.
 * Thread-safe: holds only immutable helpers and the shared searchers.
 */
public final class SearchService implements AutoCloseable {
    /** No search may run longer than this; results found by then are returned, flagged as timed out. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(2);
    /** More clauses than this is not a search but an attack or an accident. */
    public static final int MAX_CLAUSES = 64;
    /** Facet values listed per facet. */
    private static final int MAX_FACET_VALUES = 25;

    private final Searchers searchers;
    private final QueryFactory queries;
    private final Snippets snippets;
    private final Suggester suggester;
    private final HitEvidence evidence = new HitEvidence();
    private final Rescorer rescorer;
    private final FacetNames facetNames = new FacetNames();
    /** The query analysis (with or without exact forms), plain stemming, and the index analysis for snippets. */
    private final List<Analyzer> analyzers;
    private final Duration timeLimit;
    /** A page's copies in several version folders: one hit per section (search.collapse). */
    private final CollapseKeys collapseKeys;
    private final VersionLinks versionLinks;
    private final boolean settingsFile;
    /** Articles in the view, to tell a site (grouped by page by default) from a lone article. */
    private final ViewMemo<String, Integer> articleCount = new ViewMemo<>(1);
    /** Links into the live site for each hit's {@code siteUrl}; null when the site has no base URL. */
    private final SiteLinks links;

    /** A service with every ranking feature on. */
    public SearchService(Searchers searchers) {
        this(searchers, RankingFeatures.ALL);
    }

    /** A service with the given ranking features: for evaluations that measure what each feature earns. */
    public SearchService(Searchers searchers, RankingFeatures features) {
        this(searchers, features, TIME_LIMIT);
    }

    /** A service whose searches stop at {@code timeLimit} (zero: every search times out at once, for tests). */
    public SearchService(Searchers searchers, RankingFeatures features, Duration timeLimit) {
        this(searchers, features, timeLimit, SiteSettings.DEFAULTS);
    }

    /**
     * A service for the site of {@code settings}: its version folders, grouped by page by default when it has a
     * settings file, and hits linking to the live site when the settings give its base URL.
     */
    public SearchService(Searchers searchers, RankingFeatures features, Duration timeLimit, SiteSettings settings) {
        this(searchers, features, timeLimit, VersionFolders.of(settings.versions()),
                !settings.equals(SiteSettings.DEFAULTS), SiteLinks.of(settings.links()));
    }

    /**
     * A service whose version folders are {@code versions}.
     *
     * @param settingsFile true when the corpus has a docsift.yml: a site, if it holds more than one article
     * @param links        links into the live site for each hit's {@code siteUrl}; null: hits have none
     */
    public SearchService(Searchers searchers, RankingFeatures features, Duration timeLimit, VersionFolders versions,
                         boolean settingsFile, SiteLinks links) {
        Analyzer queryAnalyzer = Analyzers.newQueryAnalyzer(features.has(RankingFeature.EXACT_FORMS));
        Analyzer stemmer = Analyzers.newQueryAnalyzer(false);
        Analyzer indexAnalyzer = Analyzers.newIndexAnalyzer();
        this.analyzers = List.of(queryAnalyzer, stemmer, indexAnalyzer);
        this.searchers = searchers;
        this.queries = new QueryFactory(queryAnalyzer, stemmer, features);
        this.rescorer = new Rescorer(features);
        this.snippets = new Snippets(indexAnalyzer);
        this.suggester = new Suggester(queryAnalyzer);
        this.timeLimit = timeLimit;
        this.collapseKeys = new CollapseKeys(versions);
        this.settingsFile = settingsFile;
        this.versionLinks = new VersionLinks(collapseKeys);
        this.links = links;
    }

    /** Closes the analyzers (their per-thread token stream caches); searches must have ended. */
    @Override
    public void close() {
        analyzers.forEach(Analyzer::close);
    }

    /**
     * The number of the index view searches currently run on (see {@link Searchers#generation()}): an
     * answer remembered under an older number may be stale.
     */
    public long generation() {
        return searchers.generation();
    }

    /** Runs the search; never returns partial garbage: bad input is an {@link InvalidRequestException}. */
    public SearchResponse search(SearchRequest request) throws IOException {
        long start = System.nanoTime();
        UserQuery userQuery = UserQueryParser.parse(request.query());
        if (userQuery.clauses().size() > MAX_CLAUSES) {
            throw new InvalidRequestException("query_too_complex", "the query has " + userQuery.clauses().size()
                    + " words or phrases; the limit is " + MAX_CLAUSES);
        }
        IndexSearcher shared = searchers.acquire();
        Deadline deadline = new Deadline(timeLimit);
        try {
            return run(request, userQuery, new Searching(deadline.searcher(shared), deadline.exitable(shared), deadline),
                    start);
        } catch (IndexSearcher.TooManyClauses e) {
            // Within the clause limit a query can still expand past what Lucene takes in one search.
            throw new InvalidRequestException("query_too_complex", "the query expands to more than "
                    + IndexSearcher.getMaxClauseCount() + " terms; use fewer words, or longer prefixes before '*'");
        } finally {
            searchers.release(shared);
        }
    }

    /** Sections of one article read for {@link #markedForms}: a bound for articles of thousands of headings. */
    static final int MAX_MARKED_SECTIONS = 2_000;

    /**
     * The forms of the query's words that the snippets would mark in one article's sections (lower-cased):
     * what an article page opened from a hit marks, so it marks exactly what the results marked. Empty for an
     * unknown article or a query that finds nothing to mark.
     */
    public MarkedForms markedForms(String query, String article) throws IOException {
        SearchRequest request = new SearchRequest(query, 1, 0, article, null, null, Kind.SECTION);
        UserQuery userQuery = UserQueryParser.parse(request.query());
        if (userQuery.clauses().size() > MAX_CLAUSES) {
            throw new InvalidRequestException("query_too_complex", "the query has " + userQuery.clauses().size()
                    + " words or phrases; the limit is " + MAX_CLAUSES);
        }
        IndexSearcher shared = searchers.acquire();
        IndexSearcher searcher = new Deadline(timeLimit).searcher(shared);
        try {
            BuiltQuery built = queries.build(userQuery, searcher.getIndexReader());
            if (built == null || request.article() == null) {
                return new MarkedForms(query, article, List.of());
            }
            Query sections = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.ARTICLE, request.article())), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.KIND, Kind.SECTION.value())), BooleanClause.Occur.FILTER).build();
            TopDocs docs = searcher.search(sections, MAX_MARKED_SECTIONS);
            return new MarkedForms(query, article, List.copyOf(snippets.markedForms(searcher, built.highlighting(), docs)));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidRequestException("query_too_complex", "the query expands to more than "
                    + IndexSearcher.getMaxClauseCount() + " terms; use fewer words, or longer prefixes before '*'");
        } finally {
            searchers.release(shared);
        }
    }

    /**
     * One search's two views of the shared reader: {@code collecting} stops collection at the deadline and keeps
     * what it collected; {@code exiting} stops the steps around collection inside their reading at the deadline.
     */
    private record Searching(IndexSearcher collecting, IndexSearcher exiting, Deadline deadline) {
    }

    /**
     * Each step starts only before the deadline and stops at it: a timed-out search skips or cuts short the
     * suggestion, stops collecting, keeps the collected order instead of rescoring and shows no excerpts.
     */
    private SearchResponse run(SearchRequest asked, UserQuery userQuery, Searching searching, long start)
            throws IOException {
        Deadline deadline = searching.deadline();
        BuiltQuery built = built(userQuery, searching.exiting());
        String suggestion = suggestion(asked, userQuery, searching);
        if (built == null) {
            return new SearchResponse(asked.query(), 0, millisSince(start), List.of(), emptyFacets(), suggestion,
                    deadline.passed());
        }
        IndexSearcher searcher = searching.collecting();
        SearchRequest request = asked.grouped(isSite(searcher) ? Grouping.PAGE : Grouping.NONE);
        Query query = filtered(built.scoring(), request, searcher);
        boolean collapse = request.collapse() && collapseKeys.versioned(searcher.getIndexReader());
        if (collapse || request.group() == Grouping.PAGE) {
            return collapsed(request, built, query, collapse, searching, start, suggestion);
        }
        FacetedCollectorManager.Result<TopDocs> result = searcher.search(query, FacetedCollectorManager.topScores(
                Math.max(request.offset() + request.limit(), Rescorer.DEPTH), request.kind().value(),
                request.topic(), request.folder(), facetNames));
        List<Rescorer.Scored> page = page(rescored(searching, built, result.top().scoreDocs), request);
        List<Hit> hits = hits(searching, built, page);
        return new SearchResponse(request.query(), result.top().totalHits.value(), millisSince(start), hits,
                facets(result), suggestion, deadline.passed() || searcher.timedOut());
    }

    /**
     * The search with one hit per collapse key (a section's copies in several versions are one hit: see
     * search.collapse), listed as sections or grouped by page. Totals and the kind and topic facets count hits
     * after collapsing; the rescoring sees one copy of each section, so the collapse holds in the final order.
     */
    private SearchResponse collapsed(SearchRequest request, BuiltQuery built, Query query, boolean collapse,
                                     Searching searching, long start, String suggestion) throws IOException {
        IndexSearcher searcher = searching.collecting();
        CollapsingCollectorManager heads = new CollapsingCollectorManager(collapseKeys, collapse);
        FacetedCollectorManager.Result<Collapsed> result = searcher.search(query, new FacetedCollectorManager<>(heads,
                request.kind().value(), request.topic(), request.folder(), facetNames,
                collapse ? new CopiesOnce(collapseKeys, heads) : null));
        Collapsed collapsed = result.top();
        int end = request.offset() + request.limit();
        boolean grouped = request.group() == Grouping.PAGE;
        Collapsed.Ranked ranked = grouped ? collapsed.top(Rescorer.DEPTH, end)
                : collapsed.top(Math.max(end, Rescorer.DEPTH), 0);
        List<Rescorer.Scored> rescored = rescored(searching, built, ranked.docs());
        boolean timedOut = searching.deadline().passed() || searcher.timedOut();
        VersionLinks.Lookup versions = versionLinks.lookup(searcher);
        if (!grouped) {
            List<Hit> hits = withVersions(versions, hits(searching, built, page(rescored, request)));
            return new SearchResponse(request.query(), collapsed.total(), millisSince(start), hits, facets(result),
                    suggestion, timedOut);
        }
        List<PageGroups.Group> groups = PageGroups.page(rescored, ranked.pageOf(), request.offset(), request.limit(),
                PageGroup.MAX_SECTIONS);
        List<Rescorer.Scored> shown = groups.stream().flatMap(group -> group.sections().stream()).toList();
        List<Hit> hits = withVersions(versions, hits(searching, built, shown));
        return new SearchResponse(request.query(), collapsed.total(), millisSince(start), hits, facets(result),
                suggestion, timedOut, (long) collapsed.pages(),
                pageGroups(versions, groups, hits, collapsed.hitsPerPage()));
    }

    /** Each group described by its first hit (its best section), with the other versions of its page. */
    private List<PageGroup> pageGroups(VersionLinks.Lookup versions, List<PageGroups.Group> groups,
                                       List<Hit> hits, Map<Long, Integer> hitsPerPage) throws IOException {
        List<PageGroup> described = new ArrayList<>();
        int first = 0;
        for (PageGroups.Group group : groups) {
            Hit best = hits.get(first);
            List<VersionLink> others = versionLinks(versions, best.article(), null);
            described.add(new PageGroup(best.article(), best.title(), HitMapper.url(best.article(), ""),
                    versionLinks.versionOf(best.article()).orElse(null), others, group.sections().size(),
                    hitsPerPage.getOrDefault(group.page(), group.sections().size())));
            first += group.sections().size();
        }
        return described;
    }

    /** The hits with their version and the other versions their sections exist in (when in a version folder). */
    private List<Hit> withVersions(VersionLinks.Lookup versions, List<Hit> hits)
            throws IOException {
        if (versions.isEmpty()) {
            return hits;
        }
        List<Hit> linked = new ArrayList<>(hits.size());
        for (Hit hit : hits) {
            String version = versionLinks.versionOf(hit.article()).orElse(null);
            String anchor = hit.anchor() == null ? "" : hit.anchor();
            linked.add(version == null ? hit
                    : hit.withVersions(version, versionLinks(versions, hit.article(), anchor)));
        }
        return linked;
    }

    private List<VersionLink> versionLinks(VersionLinks.Lookup versions, String article,
                                           String anchor) throws IOException {
        return versionLinks.others(versions, article, anchor).stream()
                .map(other -> new VersionLink(other.version(), other.article(),
                        HitMapper.url(other.article(), anchor == null ? "" : anchor)))
                .toList();
    }

    /**
     * A site (grouped by page by default) is a corpus with site settings (a docsift.yml) and more than one
     * article. A folder of articles without settings lists sections, as it always did (its versions still
     * collapse); so does a lone article with settings (the bundled one may carry them for its examples).
     */
    private boolean isSite(IndexSearcher searcher) throws IOException {
        if (!settingsFile) {
            return false;
        }
        Integer articles = articleCount.get(searcher.getIndexReader(), "articles",
                key -> searcher.count(IntPoint.newExactQuery(Fields.ORDINAL, 0)));
        return articles > 1;
    }

    /** The query, or null when it finds nothing or the deadline passed while its words were expanded. */
    private BuiltQuery built(UserQuery userQuery, IndexSearcher exiting) throws IOException {
        try {
            return queries.build(userQuery, exiting.getIndexReader());
        } catch (ExitableDirectoryReader.ExitingReaderException timedOut) {
            return null;
        }
    }

    /** The spelling suggestion, or null; none once the deadline has passed. */
    private String suggestion(SearchRequest request, UserQuery userQuery, Searching searching) throws IOException {
        try {
            return searching.deadline().passed() ? null
                    : suggester.suggest(request.query(), userQuery.words(), searching.exiting().getIndexReader());
        } catch (ExitableDirectoryReader.ExitingReaderException timedOut) {
            return null;
        }
    }

    /** The collected hits rescored; in the collected order when the deadline passes before or while rescoring. */
    private List<Rescorer.Scored> rescored(Searching searching, BuiltQuery built, ScoreDoc[] collected)
            throws IOException {
        try {
            return searching.deadline().passed() ? unscored(collected)
                    : rescorer.rescore(searching.exiting(), built.rescoring(), collected);
        } catch (ExitableDirectoryReader.ExitingReaderException timedOut) {
            return unscored(collected);
        }
    }

    /** The hits in the order collected, for a search that has no time left to rescore them. */
    private static List<Rescorer.Scored> unscored(ScoreDoc[] collected) {
        return Arrays.stream(collected).map(doc -> new Rescorer.Scored(doc, 0, false)).toList();
    }

    /** The scoring query with the article and version filters, when the request has them. */
    private Query filtered(Query scoring, SearchRequest request, IndexSearcher searcher) throws IOException {
        if (request.article() == null && request.version() == null) {
            return scoring;
        }
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(scoring, BooleanClause.Occur.MUST);
        if (request.article() != null) {
            filtered.add(new TermQuery(new Term(Fields.ARTICLE, request.article())), BooleanClause.Occur.FILTER);
        }
        if (request.version() != null) {
            filtered.add(VersionFilter.folders(searcher.getIndexReader(), collapseKeys.versions(), request.version()),
                    BooleanClause.Occur.FILTER);
        }
        return filtered.build();
    }

    /** The requested page of the rescored hits. */
    private static List<Rescorer.Scored> page(List<Rescorer.Scored> ranked, SearchRequest request) {
        int from = Math.min(request.offset(), ranked.size());
        return ranked.subList(from, Math.min(ranked.size(), request.offset() + request.limit()));
    }

    private List<Hit> hits(Searching searching, BuiltQuery built, List<Rescorer.Scored> page) throws IOException {
        if (page.isEmpty()) {
            return List.of();
        }
        IndexSearcher searcher = searching.collecting();
        ScoreDoc[] docs = page.stream().map(Rescorer.Scored::doc).toArray(ScoreDoc[]::new);
        List<Snippets.Excerpt> excerpts = excerpts(searching, built, docs);
        HitEvidence.Matcher matcher = evidence.matcher(searcher, built);
        List<Hit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Document doc = searcher.storedFields().document(docs[i].doc, HitMapper.DISPLAY_FIELDS);
            hits.add(HitMapper.toHit(doc, docs[i].score, excerpts.get(i), matcher.evidence(page.get(i)), links));
        }
        return hits;
    }

    /** The page's excerpts; none when the deadline passes before or while they are cut. */
    private List<Snippets.Excerpt> excerpts(Searching searching, BuiltQuery built, ScoreDoc[] docs)
            throws IOException {
        if (searching.deadline().passed()) {
            return noExcerpts(docs.length);
        }
        TopDocs pageDocs = new TopDocs(new org.apache.lucene.search.TotalHits(docs.length,
                org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), docs);
        try {
            return snippets.excerpts(searching.exiting(), built.highlighting(), pageDocs);
        } catch (ExitableDirectoryReader.ExitingReaderException timedOut) {
            return noExcerpts(docs.length);
        }
    }

    private static List<Snippets.Excerpt> noExcerpts(int count) {
        return Collections.nCopies(count, new Snippets.Excerpt(null, null, null, List.of()));
    }

    private static Map<String, Map<String, Long>> facets(FacetedCollectorManager.Result<?> result) {
        return facets(topValues(result.topics()), topValues(result.folders()), result.kinds());
    }

    /** The facets of an answer: topic and folder as given, every kind with its count (0 when absent). */
    private static Map<String, Map<String, Long>> facets(Map<String, Long> topics, Map<String, Long> folders,
                                                         Map<String, Long> kindCounts) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        facets.put("topic", topics);
        facets.put("folder", folders);
        Map<String, Long> kinds = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            kinds.put(kind.value(), kindCounts.getOrDefault(kind.value(), 0L));
        }
        facets.put("kind", kinds);
        return facets;
    }

    private static Map<String, Long> topValues(Map<String, Long> counts) {
        Map<String, Long> top = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_FACET_VALUES)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    private static Map<String, Map<String, Long>> emptyFacets() {
        return facets(Map.of(), Map.of(), Map.of());
    }

    static double millisSince(long start) {
        return Math.round((System.nanoTime() - start) / 10_000.0) / 100.0;
    }
}
