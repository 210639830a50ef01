/**
 * Spelling: corrections of words the index does not know (used by the query) and the "did you mean"
 * suggestion (used by the service), both from Lucene's DirectSpellChecker over the index's own words,
 * never correcting a common English word. Uses {@code index} and {@code search.view}.
 */
package docsift.search.spell;
