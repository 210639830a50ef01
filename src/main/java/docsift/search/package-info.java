/**
 * The read side: answers a {@code SearchRequest} with a {@code SearchResponse} ({@code SearchService}) and
 * looks sections and articles up by id ({@code Catalog}). The service runs the stages of its sub-packages in
 * order: {@code search.query} builds the Lucene query, the first stage collects hits and facets
 * ({@code search.facet}), {@code search.rank} rescores them, {@code search.highlight} cuts the snippets and
 * {@code search.spell} suggests a spelling; {@code search.view} holds the one SearcherManager. Uses
 * {@code index} for field names and analyzers; records only leave.
 */
package docsift.search;
