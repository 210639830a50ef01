/**
 * The corpus folder: finds and reads articles (UTF-8, size limits, paths that stay inside), watches the folder,
 * coalesces changes and keeps the index in step with the files on the one indexing thread; renders article
 * pages. Uses {@code markdown} to parse and {@code index} to write; knows nothing of search or HTTP.
 */
package docsift.corpus;
