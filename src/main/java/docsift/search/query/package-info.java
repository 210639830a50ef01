/**
 * From the search box to Lucene: {@code UserQueryParser} parses what people type (never throwing),
 * {@code QueryFactory} expands it (synonyms, acronyms, joined identifiers, compound words, corrections) and
 * assembles a {@code BuiltQuery}. Uses {@code index} (fields, analyzers), {@code search.rank} (field weights,
 * features), {@code search.spell} (corrections) and {@code search.view} (per-view memos).
 */
package docsift.search.query;
