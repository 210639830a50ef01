/**
 * The first-stage collector: one pass over the matches that keeps the top hits and counts the kind, topic
 * and folder facets from sorted doc values. Uses {@code index} (fields).
 */
package docsift.search.facet;
