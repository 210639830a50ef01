/**
 * docsift: full-text search for technical articles written in Markdown. {@code Main} dispatches the command
 * line; {@code Application} wires the stages together (config, then objects, then start) and closes them in
 * reverse. A saved file flows down the packages in this order: {@code corpus} (find, read, watch) →
 * {@code markdown} (and {@code markdown.site}: the text readers see → {@code Article} and {@code Section}
 * records) → {@code index} (documents, the one IndexWriter) → {@code search} (the one SearcherManager, queries,
 * ranking, snippets) → {@code http} (routes and JSON) or {@code cli}. {@code eval} measures the ranking.
 */
package docsift;
