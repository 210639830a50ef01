/**
 * The index as searches see it: the one SearcherManager ({@code Searchers}) over the last commit, the
 * similarity it searches with, and memos of answers computed from one view of the index. Uses
 * {@code index} (fields).
 */
package docsift.search.view;
