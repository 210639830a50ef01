/**
 * One hit per page across a site's versions, and hits grouped by page. A page that exists in several version
 * folders ({@code v26.3/begin-transaction.md}, {@code v25.4/begin-transaction.md}) is one page; the same section
 * in each of them is one hit, shown in the preferred version ({@link docsift.search.collapse.VersionFolders}).
 * The collapse happens inside the first-stage collection ({@link docsift.search.collapse.CollapsingCollectorManager}),
 * so totals, facets and paging count collapsed hits; {@link docsift.search.collapse.PageGroups} then groups the
 * ranked sections by page, a presentation that leaves their order alone. Keys come from the article id and the
 * {@code local_id} doc values at search time, so version settings apply without re-indexing. Uses {@code index}
 * (fields) and {@code search.rank} (version order).
 */
package docsift.search.collapse;
