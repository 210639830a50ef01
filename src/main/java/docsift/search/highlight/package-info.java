/**
 * Snippets: HTML-escaped excerpts of hits with only {@code <mark>} as markup, cut at sentence and line
 * breaks ({@code Snippets} is the door: {@code excerpts} for hits, {@code markedForms} for an article page). Uses Lucene's UnifiedHighlighter and {@code index} (fields).
 */
package docsift.search.highlight;
